import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/program';
import { CliIo, wantsColor } from '../../src/cli/io';
import { privilegedPod } from './fixtures';

/** Runs the CLI in-process with captured output (the built-binary tests cover the process wiring). */
async function run(args: string[], options: { color?: boolean; stdin?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    color: options.color ?? false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('runCli (in-process)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-runcli-'));
  const file = path.join(dir, 'pod.yaml');
  fs.writeFileSync(file, privilegedPod('web'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('colours the text report only when the terminal wants colour, and never in files', async () => {
    const coloured = await run(['check', file, '--profile', 'pss-baseline'], { color: true });
    expect(coloured.code).toBe(1);
    expect(coloured.stdout).toContain('\u001b[31merror      \u001b[0m [pss-privileged]');
    const plain = await run(['check', file, '--profile', 'pss-baseline'], { color: false });
    expect(plain.stdout).not.toContain('\u001b[');
    const out = path.join(dir, 'report.txt');
    await run(['check', file, '--profile', 'pss-baseline', '--output', out], { color: true });
    expect(fs.readFileSync(out, 'utf8')).not.toContain('\u001b[');
  });

  test('stdin is read once even when - is given twice', async () => {
    const r = await run(['check', '-', '-', '--profile', 'pss-baseline', '--format', 'json'], { stdin: privilegedPod('web') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['<stdin>']);
  });

  test('an empty stdin is checked as no objects: exit 0', async () => {
    const r = await run(['check', '-', '--profile', 'pss-baseline'], { stdin: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('0 object(s) checked with pss-baseline (Kubernetes latest): 0 error(s), 0 warning(s), 0 info, 0 suppressed; none at or above error.\n');
  });

  test('the Kubernetes version is passed to the profile and shown in reports', async () => {
    const r = await run(['check', file, '--profile', 'pss-baseline', '--kubernetes-version', '1.25', '--format', 'json']);
    expect(JSON.parse(r.stdout).kubernetesVersion).toBe('v1.25');
  });

  test('colour is wanted on a TTY unless NO_COLOR is set to something', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
});
