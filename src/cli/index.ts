export { runCli } from './program';
export { CliIo, EXIT } from './io';
export { collectInputs, CollectedInputs, walkDirectory, decodeText, parseManifestText, MANIFEST_EXTENSIONS, StdinReader } from './inputs';
export { RULES_FORMATS, RulesFormat } from './rules-command';
