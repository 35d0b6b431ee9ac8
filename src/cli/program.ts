import { Command, CommanderError, Option } from 'commander';
import { FailOn, Severity } from '../engine/types';
import { KubernetesVersion, parseKubernetesVersion } from '../engine/version';
import { REPORT_FORMATS, ReportFormat } from '../formatters';
import { TOOL_NAME, toolVersion } from '../formatters/tool-info';
import { Profile } from '../profiles/profile';
import { getProfile, listProfiles } from '../profiles/registry';
import { checkCommand } from './check-command';
import { MAX_FILE_BYTES } from './inputs';
import { CliIo, EXIT } from './io';
import { FAIL_ON_VALUES, parseMaxFileSizeOption, parseProfileOption, parseVersionOption } from './options';
import { RULES_FORMATS, rulesCommand, RulesFormat } from './rules-command';

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command(TOOL_NAME)
    .description('Check Kubernetes manifests against Pod Security Standards and the cdk8s-guardrails rule catalog.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true)
    .showHelpAfterError(`(run "${TOOL_NAME} --help" for usage)`);

  const profileOption = (purpose: string) =>
    new Option('--profile <name>', `${purpose}: ${listProfiles().map((p) => p.name).join(', ')}`).argParser(parseProfileOption).default(getProfile('recommended'), 'recommended');
  const versionOption = () =>
    new Option('--kubernetes-version <version>', 'Kubernetes version whose policy applies: v1.N or latest').argParser(parseVersionOption).default(parseKubernetesVersion('latest'), 'latest');

  program
    .command('check')
    .description('Check YAML or JSON manifests. Exit code 0: nothing at or above --fail-on; 1: findings at or above it; 2: usage or input error.')
    .argument('<path...>', 'YAML/JSON files, directories (searched recursively for *.yaml, *.yml, *.json; node_modules and hidden entries skipped) or - for stdin')
    .addOption(profileOption('profile to check with'))
    .addOption(versionOption())
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .addOption(new Option('--output <file>', 'write the report to a file instead of stdout (- for stdout)'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(FAIL_ON_VALUES).default('error'))
    .addOption(new Option('--suppressions <file>', 'central suppressions file (a `suppressions:` list matched by kind, namespace and name)'))
    .addOption(
      new Option('--unused-suppressions <severity>', 'severity of findings about suppressions that matched nothing')
        .choices(['error', 'warning', 'info', 'off'])
        .default('warning'),
    )
    .addOption(
      new Option('--max-file-size <MiB>', 'largest manifest file (or stdin) to read; checking takes about 30 bytes of memory per byte of YAML')
        .argParser(parseMaxFileSizeOption)
        .default(MAX_FILE_BYTES, String(MAX_FILE_BYTES / 1024 / 1024)),
    )
    .action(async (paths: string[], opts: { profile: Profile; kubernetesVersion: KubernetesVersion; format: ReportFormat; output?: string; failOn: FailOn; suppressions?: string; unusedSuppressions: Severity | 'off'; maxFileSize: number }) => {
      setExit(await checkCommand(paths, opts, io));
    });

  program
    .command('rules')
    .description('List the rules a profile runs at a Kubernetes version (markdown: full rule documentation).')
    .addOption(profileOption('profile to list'))
    .addOption(versionOption())
    .addOption(new Option('--format <format>', 'listing format').choices(RULES_FORMATS).default('text'))
    .action((opts: { profile: Profile; kubernetesVersion: KubernetesVersion; format: RulesFormat }) => {
      setExit(rulesCommand(opts, io));
    });

  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script path) and returns the exit
 * code. Never throws: usage errors and unexpected failures are printed as one line, exit code 2.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    const program = buildProgram(io, (code) => (exitCode = code));
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed the message (or the help/version text).
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`error: ${TOOL_NAME} failed unexpectedly: ${message}\n`);
    return EXIT.error;
  }
}
