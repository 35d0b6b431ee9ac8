import { javascript, typescript } from 'projen';

const project = new typescript.TypeScriptProject({
  name: 'cdk8s-guardrails',
  description: 'Secure-by-default cdk8s constructs and synthesis-time Kubernetes policy checks (Pod Security Standards, RBAC, secrets, network) with a CLI for any YAML.',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  license: 'Apache-2.0',
  copyrightOwner: 'cdk8s-guardrails authors',
  minNodeVersion: '20.0.0',
  typescriptVersion: '~6.0.3',
  github: false,
  release: false,
  eslint: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  sampleCode: false,
  deps: ['yaml@^2.8.0', 'commander@^14.0.0'],
  peerDeps: ['cdk8s@^2.70.0', 'cdk8s-plus-27@^2.9.0', 'constructs@^10.3.0'],
  peerDependencyOptions: { pinnedDevDependency: false },
  devDeps: [
    'cdk8s@^2.70.106',
    'cdk8s-plus-27@^2.9.5',
    'constructs@^10.4.2',
    '@types/sarif@^2.1.7',
    'ajv@^8.17.0',
    'ajv-formats@^3.0.1',
    'fast-check@^4.3.0',
    'cdk8s-cli@^2.207.0',
    'kubernetes-models@^5.1.0',
    '@kubernetes-models/apimachinery@^3.0.2',
    '@xmldom/xmldom@^0.9.0',
    'typedoc@^0.28.0',
    'typedoc-plugin-markdown@^4.9.0',
    '@stryker-mutator/core@9.6.1',
    '@stryker-mutator/jest-runner@9.6.1',
  ],
  bin: { 'cdk8s-guardrails': 'lib/cli/main.js' },
  jestOptions: {
    jestVersion: '^29',
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
  },
  tsconfig: {
    compilerOptions: {
      target: 'ES2022',
      lib: ['es2022'],
    },
  },
});

// cdk8s-plus-27's optional `backport` dependency pulls ~170 packages nobody here uses.
project.npmrc.addConfig('omit', 'optional');

// Publish only what users need; the allow-list keeps tests, sources and examples out of the tarball.
project.package.addField('files', ['lib/**/*.js', 'lib/**/*.d.ts', 'docs/**/*.md', 'README.md', 'LICENSE']);
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './package.json': './package.json',
});
project.gitignore.exclude('examples/**/dist/', 'test/bench/tmp/', 'test/readme/.snippets/', '.stryker-tmp/', 'reports/');

// CLI tests run the compiled binary, so tests always start from a fresh build.
project.testTask.prependSpawn(project.compileTask);

const tsNode = 'ts-node --project test/tsconfig.json';

project.addTask('example', {
  description: 'Synthesize the example app under examples/ with guardrails enforced',
  exec: `${tsNode} examples/secure-app/main.ts`,
  receiveArgs: true,
});

project.addTask('conformance', {
  description: 'Check the Pod Security Standards reference fixtures: npm run conformance -- <dir>',
  exec: `${tsNode} test/conformance/run.ts`,
  receiveArgs: true,
});

project.addTask('docs', {
  description: 'Regenerate docs/rules.md from the rule metadata and docs/api/ from the TSDoc comments',
  steps: [
    { exec: `${tsNode} test/docs/generate.ts` },
    {
      exec: 'typedoc --plugin typedoc-plugin-markdown --entryPoints src/index.ts --tsconfig tsconfig.json --out docs/api --readme none --githubPages false --disableSources --hideGenerator --excludePrivate --excludeInternal --logLevel Warn',
    },
  ],
});

project.addTask('bench', {
  description: 'Benchmarks: synth overhead, CLI throughput, scaling, peak memory (--quick for CI)',
  steps: [{ spawn: 'compile' }, { exec: `${tsNode} test/bench/run.ts`, receiveArgs: true }],
});

project.addTask('bench:formats', {
  description: 'The CLI in every report format on one large file against parsing it alone: time and peak memory (--compare <dir> for a second build; --quick for CI)',
  steps: [{ spawn: 'compile' }, { exec: `${tsNode} test/bench/formats.ts`, receiveArgs: true }],
});

project.addTask('bench:instructions', {
  description: 'CPU instructions of analysis and evaluation on the bench app, counted by callgrind (needs valgrind; --compare <dir> for a second build)',
  steps: [{ spawn: 'compile' }, { exec: `${tsNode} test/bench/instructions.ts`, receiveArgs: true }],
});

project.addTask('bench:cold', {
  description: 'One cold synth-time check of the bench app per process, wall and main-thread CPU time (--compare <dir> for a second build, taken in turns; --quick for CI)',
  steps: [{ spawn: 'compile' }, { exec: `${tsNode} test/bench/cold.ts`, receiveArgs: true }],
});

project.addTask('bench:tiering', {
  description: 'The same checks as one function per rule, as predicates over a shared loop, and as data over one shared check: cold and warm pass times (--quick for CI)',
  steps: [{ spawn: 'compile' }, { exec: `${tsNode} test/bench/tiering.ts`, receiveArgs: true }],
});

// Two runs: each rule against the tests beside it (fast), then the engine and profiles against the
// tests that exercise them; the score script adds both reports up and applies the explained survivors.
project.addTask('mutation', {
  description: 'Mutation testing with Stryker: rules, then engine and profiles, then the combined score (about 1.5 h on 2 cores)',
  steps: [
    { exec: 'stryker run stryker.rules.json' },
    { exec: 'stryker run stryker.config.json' },
    { exec: `${tsNode} test/mutation/score.ts` },
  ],
});
project.addTask('mutation:score', {
  description: 'Combined mutation score of the last runs; with a file filter, lists its surviving mutants',
  exec: `${tsNode} test/mutation/score.ts`,
  receiveArgs: true,
});

project.synth();
