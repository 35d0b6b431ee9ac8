import * as fs from 'fs';
import * as path from 'path';
import { BROKEN_YAML, JSON_LIST, MULTI_DOC, privilegedPod } from './fixtures';
import { makeTree, positionOf, runBuiltCli } from './run-cli';

const SUPPRESS_PRIVILEGED = `  annotations:\n    cdk8s-guardrails/suppressions: '[{"rules":["pss-privileged"],"reason":"Node agent needs host devices (SEC-1)"}]'\n`;

const DEEP = privilegedPod('deep');
const UNUSED_SUPPRESSION = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: team
${SUPPRESS_PRIVILEGED}data: {}
`;
const tree = makeTree({
  'pods/multi.yaml': MULTI_DOC,
  'pods/nested/deep/deep.yml': DEEP,
  'pods/node_modules/dep/pod.yaml': privilegedPod('in-node-modules'),
  'pods/.hidden/pod.yaml': privilegedPod('hidden'),
  'pods/notes.txt': privilegedPod('not-yaml-extension'),
  'pods/package.json': '{"name": "not-a-manifest", "version": "1.0.0"}',
  'list.json': JSON_LIST,
  'broken.yaml': BROKEN_YAML,
  'binary.yaml': Buffer.from([0x61, 0x70, 0x69, 0x00, 0x01, 0x02]),
  'latin1.yaml': Buffer.from('apiVersion: v1\nkind: Pod\nmetadata: {name: caf\xe9}\n', 'latin1'),
  'suppressed.yaml': privilegedPod('agent', SUPPRESS_PRIVILEGED),
  'unused-suppression.yaml': UNUSED_SUPPRESSION,
  'values.yaml': 'replicas: 3\n',
  'empty-dir/README.md': '# nothing to check',
});

function check(args: readonly string[], input?: string) {
  return runBuiltCli(['check', ...args], { cwd: tree, input });
}

interface JsonFinding {
  ruleId: string;
  file?: string;
  line?: number;
  column?: number;
  path: string;
  resource: { name?: string };
  suppressed?: { reason: string };
}

/** `[ruleId, file, line, column]` of each finding of the JSON report. */
function located(stdout: string): Array<[string, string | undefined, number | undefined, number | undefined]> {
  return (JSON.parse(stdout).findings as JsonFinding[]).map((f) => [f.ruleId, f.file, f.line, f.column]);
}

function privilegedAt(text: string, file: string, n = 0): [string, string, number, number] {
  const { line, column } = positionOf(text, 'privileged: true', n);
  return ['pss-privileged', file, line, column];
}

const BASELINE_JSON = ['--profile', 'pss-baseline', '--format', 'json'];

afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

describe('cdk8s-guardrails check: inputs', () => {
  test('a multi-document YAML file: exact finding position, all objects counted, exit 1', () => {
    const r = check(['pods/multi.yaml', ...BASELINE_JSON]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(located(r.stdout)).toEqual([privilegedAt(MULTI_DOC, 'pods/multi.yaml')]);
    expect(privilegedAt(MULTI_DOC, 'pods/multi.yaml').slice(2)).toEqual([11, 9]);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ objects: 2, error: 1, failing: 1, errors: 0 });
  });

  test('a directory is walked recursively in sorted order, skipping node_modules, hidden entries and non-manifests', () => {
    const r = check(['pods', ...BASELINE_JSON]);
    expect(r.code).toBe(1);
    expect(located(r.stdout)).toEqual([privilegedAt(MULTI_DOC, 'pods/multi.yaml'), privilegedAt(DEEP, path.join('pods', 'nested', 'deep', 'deep.yml'))].sort((a, b) => (a[1] < b[1] ? -1 : 1)));
    expect(JSON.parse(r.stdout).summary.objects).toBe(3);
    expect(JSON.parse(r.stdout).errors).toEqual([]);
  });

  test('stdin (-) is read as a file named <stdin>', () => {
    const r = check(['-', ...BASELINE_JSON], MULTI_DOC);
    expect(r.code).toBe(1);
    expect(located(r.stdout)).toEqual([privilegedAt(MULTI_DOC, '<stdin>')]);
  });

  test('JSON input with a List: the finding points into the item with its line', () => {
    const r = check(['list.json', ...BASELINE_JSON]);
    expect(r.code).toBe(1);
    const { line, column } = positionOf(JSON_LIST, '"privileged": true');
    const [finding] = JSON.parse(r.stdout).findings as JsonFinding[];
    expect([finding.ruleId, finding.file, finding.line, finding.column, finding.path, finding.resource.name]).toEqual([
      'pss-privileged',
      'list.json',
      line,
      column,
      '/items/0/spec/containers/0/securityContext/privileged',
      'from-json',
    ]);
  });

  test('a broken YAML file among good ones: named with its line, the good ones still reported, exit 2', () => {
    const r = check(['broken.yaml', 'pods/multi.yaml', '--profile', 'pss-baseline']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^input-error broken\.yaml:5:1: /m);
    expect(r.stdout).toContain('[pss-privileged] Pod team/web (pods/multi.yaml:11:9)');
    expect(r.stdout).toMatch(/1 input error\(s\)\.\n$/);
    const json = check(['broken.yaml', 'pods/multi.yaml', ...BASELINE_JSON]);
    expect(json.code).toBe(2);
    expect(located(json.stdout)).toEqual([privilegedAt(MULTI_DOC, 'pods/multi.yaml')]);
    expect(JSON.parse(json.stdout).errors).toEqual([expect.objectContaining({ file: 'broken.yaml', line: 5, column: 1 })]);
    // Machine formats go to stdout; the human still sees the error on stderr.
    expect(json.stderr).toMatch(/^error: broken\.yaml:5:1: /);
  });

  test('binary files, invalid UTF-8 and missing paths are refused by name; other inputs are still checked', () => {
    const r = check(['binary.yaml', 'latin1.yaml', 'missing.yaml', 'pods/multi.yaml', '--profile', 'pss-baseline']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input-error binary.yaml: binary file (contains NUL bytes), not YAML or JSON');
    expect(r.stdout).toContain('input-error latin1.yaml: not valid UTF-8 text; save the file as UTF-8');
    expect(r.stdout).toContain('input-error missing.yaml: cannot read: no such file or directory');
    expect(r.stdout).toContain('[pss-privileged] Pod team/web (pods/multi.yaml:11:9)');
  });

  test('a named file that is not a Kubernetes object and a directory without manifests are input errors', () => {
    const r = check(['values.yaml', 'empty-dir', '--profile', 'pss-baseline']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input-error values.yaml:1: document 1 is not a Kubernetes object: it has neither apiVersion nor kind');
    expect(r.stdout).toContain('input-error empty-dir: no .yaml, .yml, .json files found (node_modules and hidden entries are skipped)');
  });
});

describe('cdk8s-guardrails check: exit codes and options', () => {
  test('--fail-on thresholds decide between exit 0 and 1', () => {
    // The unused suppression is a warning-level finding (suppression-unused).
    const args = ['unused-suppression.yaml', '--profile', 'pss-baseline', '--format', 'json'];
    const codes = ['error', 'warning', 'info', 'never'].map((level) => check([...args, '--fail-on', level]).code);
    expect(codes).toEqual([0, 1, 1, 0]);
    const { line, column } = positionOf(UNUSED_SUPPRESSION, 'cdk8s-guardrails/suppressions');
    expect(located(check(args).stdout)).toEqual([['suppression-unused', 'unused-suppression.yaml', line, column]]);
    expect(check(['pods/multi.yaml', '--profile', 'pss-baseline', '--fail-on', 'never']).code).toBe(0);
  });

  test('a suppressed finding is reported with its reason and does not fail the run', () => {
    const r = check(['suppressed.yaml', '--profile', 'pss-baseline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^suppressed  \[pss-privileged\] Pod team\/agent \(suppressed\.yaml:\d+:\d+\)/);
    expect(r.stdout).toContain('(suppressed: "Node agent needs host devices (SEC-1)"; declared at annotation)');
  });

  test('--suppressions applies a central suppressions file', () => {
    const file = path.join(tree, 'exceptions.yaml');
    fs.writeFileSync(file, 'suppressions:\n  - kind: Pod\n    name: web\n    rules: [pss-privileged]\n    reason: Accepted for the migration (SEC-7)\n');
    const r = check(['pods/multi.yaml', '--suppressions', 'exceptions.yaml', ...BASELINE_JSON]);
    expect(r.code).toBe(0);
    const [finding] = JSON.parse(r.stdout).findings as JsonFinding[];
    expect(finding.suppressed).toMatchObject({ reason: 'Accepted for the migration (SEC-7)' });
    const missing = check(['pods/multi.yaml', '--suppressions', 'nope.yaml', '--profile', 'pss-baseline']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('input-error nope.yaml: cannot read suppressions file: no such file or directory');
  });

  test('--output writes the report to a file and keeps stdout empty', () => {
    const r = check(['pods/multi.yaml', ...BASELINE_JSON, '--output', 'report.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Report written to report\.json\. 2 object\(s\) checked with pss-baseline/);
    expect(located(fs.readFileSync(path.join(tree, 'report.json'), 'utf8'))).toEqual([privilegedAt(MULTI_DOC, 'pods/multi.yaml')]);
    const bad = check(['pods/multi.yaml', '--output', 'no-such-dir/report.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: cannot write the report to no-such-dir/report.txt: no such file or directory\n');
  });

  test('a report that cannot be written in full (disk full) is an error, not a summary line', () => {
    if (!fs.existsSync('/dev/full')) return; // Linux only
    const r = check(['pods/multi.yaml', '--format', 'json', '--output', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot write the report to \/dev\/full: .*no space left on device/i);
    expect(r.stderr).not.toContain('Report written');
  });

  test.each([
    [['--profile', 'nope'], /argument 'nope' is invalid\. Unknown profile "nope"\. Available profiles: pss-baseline, pss-restricted, recommended\./],
    [['--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are text, json, sarif, junit, markdown\./],
    [['--kubernetes-version', 'v2.1'], /Invalid Kubernetes version "v2\.1": use "latest" or v1\.0 … v1\.\d+/],
    [['--fail-on', 'critical'], /Allowed choices are error, warning, info, never\./],
    [['--colour'], /unknown option '--colour'/],
    [['--max-file-size', '0'], /argument '0' is invalid\. "0" is not a size in MiB: give a whole number from 1 to 512, e\.g\. --max-file-size 64\./],
    [['--max-file-size', '1.5'], /"1\.5" is not a size in MiB: give a whole number from 1 to 512/],
    [['--max-file-size', 'lots'], /"lots" is not a size in MiB/],
    [['--max-file-size', '513'], /"513" is not a size in MiB/],
  ])('usage error %j: exit 2, names the problem and the valid values, no stack trace', (args, message) => {
    const r = check(['pods/multi.yaml', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('--max-file-size: files and stdin above it are refused by name with the way out; raising it checks them', () => {
    // One ConfigMap of ~1.2 MiB: above a 1 MiB limit, below 2 MiB.
    const big = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big, namespace: team}\ndata:\n  blob: "${'x'.repeat(1_250_000)}"\n`;
    const dir = makeTree({ 'big.yaml': big });
    const refused = runBuiltCli(['check', '--max-file-size', '1', 'big.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('input-error big.yaml: file is larger than 1 MiB; split it into smaller manifest files, or raise the limit with --max-file-size <MiB>');
    const piped = runBuiltCli(['check', '--max-file-size', '1', '-'], { cwd: dir, input: big });
    expect(piped.code).toBe(2);
    expect(piped.stdout).toContain('input-error <stdin>: file is larger than 1 MiB');
    for (const args of [['--max-file-size', '2', 'big.yaml'], ['big.yaml']]) {
      const checked = runBuiltCli(['check', '--format', 'json', ...args], { cwd: dir });
      expect(checked.stderr).toBe('');
      expect(JSON.parse(checked.stdout).summary.objects).toBe(1);
    }
  });

  test('no path, no command, --help and --version', () => {
    expect(check([]).code).toBe(2);
    expect(check([]).stderr).toContain("missing required argument 'path'");
    expect(runBuiltCli([], { cwd: tree }).code).toBe(2);
    const help = runBuiltCli(['check', '--help'], { cwd: tree });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('--max-file-size <MiB> largest manifest file (or stdin) to read; checking takes about 30 bytes of memory per byte of YAML (default: 16)');
    expect(runBuiltCli(['--version'], { cwd: tree }).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('machine formats from the CLI: SARIF with regions, JUnit with failures, Markdown tables; no colour off a TTY', () => {
    const sarif = JSON.parse(check(['pods/multi.yaml', '--profile', 'pss-baseline', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results.map((x: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => [x.ruleId, x.locations[0].physicalLocation.region.startLine])).toEqual([['pss-privileged', 11]]);
    const junit = check(['pods/multi.yaml', '--profile', 'pss-baseline', '--format', 'junit']);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/<testsuite name="pss-privileged" tests="2" failures="1"/);
    expect(check(['pods/multi.yaml', '--profile', 'pss-baseline', '--format', 'markdown']).stdout).toContain('| 🔴 error | `pss-privileged` | Pod team/web | pods/multi.yaml:11:9 |');
    expect(check(['pods/multi.yaml', '--profile', 'pss-baseline']).stdout).not.toContain('\u001b[');
  });

  test('the CLI runs without cdk8s or constructs installed', () => {
    const hook = path.join(tree, 'block-cdk8s.js');
    fs.writeFileSync(
      hook,
      `const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^(cdk8s|cdk8s-plus-\\d+|constructs)(\\/|$)/.test(request)) throw new Error('blocked import of ' + request);
  return resolve.call(this, request, ...rest);
};`,
    );
    const r = runBuiltCli(['check', 'pods/multi.yaml', '--profile', 'pss-baseline'], { cwd: tree, nodeArgs: ['--require', hook] });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[pss-privileged] Pod team/web');
  });
});
