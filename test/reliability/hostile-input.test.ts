import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI_PATH, makeTree, REPO_ROOT } from '../cli/run-cli';

/**
 * The built CLI on hostile files: each run must end in bounded time and memory with either a
 * correct result or a one-line input error (exit 2) naming the file, never a stack trace or an
 * out-of-memory crash.
 */

const HEAP_MB = 512;
const TIMEOUT_MS = 20_000;
jest.setTimeout(60_000);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(dir: string, file: string, extra: string[] = []): Run {
  if (!fs.existsSync(CLI_PATH)) throw new Error(`The CLI is not built at ${CLI_PATH}. Run \`npx projen compile\` or set GUARDRAILS_CLI.`);
  const start = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI_PATH, 'check', file, '--profile', 'recommended', ...extra], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules'), NO_COLOR: '1' },
    timeout: TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - start };
}

/** No crash, no stack trace, finished in time. */
function expectControlled(r: Run): void {
  expect(r.signal).toBeNull(); // killed by the timeout or aborted by V8 (out of memory)
  expect(r.stderr + r.stdout).not.toMatch(/^\s+at .+[(:]\d+/m); // stack frame
  expect(r.stderr + r.stdout).not.toMatch(/heap out of memory|Maximum call stack|FATAL ERROR/i);
  expect(r.ms).toBeLessThan(TIMEOUT_MS);
}

/** A one-line input error for the file (exit 2), at the given line when known. */
function expectInputError(r: Run, file: string, message: RegExp, line?: number): void {
  expectControlled(r);
  expect(r.code).toBe(2);
  const where = line === undefined ? `${file}(:\\d+)*` : `${file}:${line}(:\\d+)?`;
  expect(r.stdout).toMatch(new RegExp(`input-error ${where}: .*${message.source}`, 'i'));
}

function billionLaughs(): string {
  const lines = ['  l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`  l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(',')}]`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n${lines.join('\n')}\n`;
}

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: team}\nspec:\n  containers: [{name: app, image: nginx}]\n`;

describe('the CLI on hostile input', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTree({
      'bomb.yaml': billionLaughs(),
      'deep-seq.yaml': '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
      'deep-map.yaml': '{a: '.repeat(100_000) + '1' + '}'.repeat(100_000) + '\n',
      'deep-block.yaml': Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + '\n',
      'garbage.yaml': Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)),
      'bad-utf8.yaml': Buffer.concat([Buffer.from('apiVersion: v1\nkind: Pod\nmetadata: {name: "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}\n')]),
      'tags.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: tagged, namespace: team}\ndata:\n  b: !!binary aGVsbG8=\n  u: !custom bar\n  s: !!set {a, b}\n  o: !!omap [{a: 1}]\n---\n' + pod('tagged').replace('image: nginx', 'image: !!binary aGVsbG8='),
      'merge.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  <<: {name: merged, namespace: team}\nspec:\n  containers:\n    - <<: {name: app, image: nginx}\n      securityContext: {privileged: true}\n',
      'dup.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nmetadata: {name: b}\nspec: {}\n',
      'many-docs.yaml': Array.from({ length: 20_000 }, (_, i) => '---\n' + pod(`p${i}`)).join(''),
    });
    // Files over the size limit, written in chunks rather than built as one string.
    const big = fs.openSync(path.join(dir, 'big.yaml'), 'w');
    const chunk = Array.from({ length: 1000 }, (_, i) => '---\n' + pod(`big${i}`)).join('');
    while (fs.fstatSync(big).size < 40 * 1024 * 1024) fs.writeSync(big, chunk);
    fs.closeSync(big);
    fs.writeFileSync(path.join(dir, 'long-line.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {k: "' + 'x'.repeat(30 * 1024 * 1024) + '"}\n');
    // Just under the limit: must be checked, not refused.
    const ok = fs.openSync(path.join(dir, 'large-ok.yaml'), 'w');
    let written = 0;
    for (let i = 0; written < 12 * 1024 * 1024; i++) written += fs.writeSync(ok, `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}, namespace: team}\ndata: {k: "${'v'.repeat(1000)}"}\n`);
    fs.closeSync(ok);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('an alias bomb ("billion laughs") is refused without expanding it', () => {
    expectInputError(cli(dir, 'bomb.yaml'), 'bomb.yaml', /alias/, 1);
  });

  test.each(['deep-seq.yaml', 'deep-map.yaml', 'deep-block.yaml'])('100k-level nesting in %s is reported as too deep, not as a stack overflow', (file) => {
    expectInputError(cli(dir, file), file, /nesting is too deep/);
  });

  test('binary garbage is refused as binary', () => {
    expectInputError(cli(dir, 'garbage.yaml'), 'garbage.yaml', /binary file/);
  });

  test('invalid UTF-8 is refused as such', () => {
    expectInputError(cli(dir, 'bad-utf8.yaml'), 'bad-utf8.yaml', /not valid UTF-8/);
  });

  test('a 40 MiB file and a 30 MiB single line are refused before parsing, within the memory limit', () => {
    expectInputError(cli(dir, 'big.yaml'), 'big.yaml', /larger than \d+ MiB/);
    expectInputError(cli(dir, 'long-line.yaml'), 'long-line.yaml', /larger than \d+ MiB/);
  });

  test('a 12 MiB file within the limit is checked completely within 512 MiB of heap', () => {
    const r = cli(dir, 'large-ok.yaml', ['--profile', 'pss-baseline']);
    expectControlled(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\d{4} object\(s\) checked/m);
  });

  test('20 000 documents are all checked', () => {
    const r = cli(dir, 'many-docs.yaml', ['--format', 'json', '--profile', 'pss-baseline']);
    expectControlled(r);
    expect(JSON.parse(r.stdout).summary.objects).toBe(20_000);
  });

  test('YAML tags (!!binary, unknown, !!set, !!omap) do not break the rules', () => {
    const r = cli(dir, 'tags.yaml', ['--format', 'json']);
    expectControlled(r);
    expect([0, 1, 2]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { message: string }) => /failed while checking/.test(f.message))).toEqual([]);
  });

  test('merge keys are resolved, so the merged container is checked', () => {
    const r = cli(dir, 'merge.yaml', ['--format', 'json', '--profile', 'pss-baseline']);
    expectControlled(r);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { ruleId: string; resource: { name: string } }) => [f.ruleId, f.resource.name])).toContainEqual(['pss-privileged', 'merged']);
  });

  test('duplicate keys are an input error at the second key', () => {
    expectInputError(cli(dir, 'dup.yaml'), 'dup.yaml', /unique/, 4);
  });
});
