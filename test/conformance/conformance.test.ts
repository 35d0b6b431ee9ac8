import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkIdOf, discoverFixtures, FixtureDirectoryError, formatDisagreement, parseVersionFolder, runConformance, wrap } from './conformance';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

const POD = (name: string, spec: string, metadata = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${metadata}spec:\n${spec}`;
const CONTAINER = '  containers:\n  - image: registry.k8s.io/pause\n    name: container1\n';
const RESTRICTED_SC = '    securityContext:\n      allowPrivilegeEscalation: false\n      runAsNonRoot: true\n';

const created: string[] = [];
afterAll(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-conformance-'));
  created.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

/** A small corpus in the upstream layout: everything here agrees with PSA. */
const GOOD: Record<string, string> = {
  'baseline/v1.0/pass/base.yaml': POD('base', CONTAINER),
  'baseline/v1.0/fail/privileged0.yaml': POD('privileged0', CONTAINER + '    securityContext:\n      privileged: true\n'),
  'baseline/v1.10/fail/seccompprofile_baseline1.yaml': POD(
    'seccompprofile_baseline1',
    CONTAINER,
    '  annotations:\n    container.seccomp.security.alpha.kubernetes.io/container1: unconfined\n',
  ),
  'restricted/v1.8/pass/base.yaml': POD('base', CONTAINER + RESTRICTED_SC),
  // At restricted, restrictedVolumes replaces hostPathVolumes: the override counts as the expected check.
  'restricted/v1.8/fail/hostpathvolumes0.yaml': POD('hostpathvolumes0', CONTAINER + RESTRICTED_SC + '  volumes:\n  - name: h\n    hostPath:\n      path: /\n'),
  'restricted/v1.8/fail/allowprivilegeescalation12.yaml': POD('allowprivilegeescalation12', CONTAINER + '    securityContext:\n      runAsNonRoot: true\n'),
  'README.md': 'not a fixture',
};

describe('fixture names and folders', () => {
  test('check ids: stem, lowercased, trailing digits removed', () => {
    expect(checkIdOf('seccompprofile_restricted12.yaml')).toBe('seccompprofile_restricted');
    expect(checkIdOf('hostPorts0.yaml')).toBe('hostports');
    expect(checkIdOf('base_windows.yaml')).toBe('base_windows');
  });

  test('version folders', () => {
    expect(parseVersionFolder('v1.0')).toBe(0);
    expect(parseVersionFolder('v1.37')).toBe(37);
    expect(parseVersionFolder('latest')).toBe(37);
    expect(parseVersionFolder('v1.99')).toBeUndefined();
    expect(parseVersionFolder('v2.1')).toBeUndefined();
  });
});

describe('discoverFixtures', () => {
  test('finds only <level>/v1.<minor>/<pass|fail>/*.yaml', () => {
    const fixtures = discoverFixtures(tree(GOOD));
    expect(fixtures.map((f) => f.relative).sort()).toEqual(Object.keys(GOOD).filter((k) => k.endsWith('.yaml')).sort());
    expect(fixtures.find((f) => f.relative.endsWith('allowprivilegeescalation12.yaml'))).toMatchObject({ level: 'restricted', minor: 8, verdict: 'fail', checkId: 'allowprivilegeescalation' });
  });

  test('a missing directory, a file and an empty directory are clear errors', () => {
    const missing = path.join(os.tmpdir(), 'pss-conformance-does-not-exist');
    expect(() => discoverFixtures(missing)).toThrow(new FixtureDirectoryError(`Fixture directory ${missing} does not exist.`));
    const root = tree({ 'file.txt': 'x' });
    expect(() => discoverFixtures(path.join(root, 'file.txt'))).toThrow(/is not a directory/);
    expect(() => discoverFixtures(root)).toThrow(/No fixtures found under .*expected files at <baseline\|restricted>\/v1\.<minor>\/<pass\|fail>\/<name>\.yaml/);
  });
});

describe('wrap', () => {
  test('puts the pod metadata (minus name) and spec into a Deployment and a CronJob template', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', annotations: { a: 'b' } }, spec: { containers: [] } };
    expect(wrap(pod, 'Pod')).toBe(pod);
    expect(wrap(pod, 'Deployment')).toMatchObject({ kind: 'Deployment', metadata: { name: 'p' }, spec: { template: { metadata: { annotations: { a: 'b' } }, spec: pod.spec } } });
    expect((wrap(pod, 'Deployment').spec as { template: { metadata: object } }).template.metadata).not.toHaveProperty('name');
    expect(wrap(pod, 'CronJob')).toMatchObject({ kind: 'CronJob', spec: { jobTemplate: { spec: { template: { metadata: { annotations: { a: 'b' } }, spec: pod.spec } } } } });
  });
});

describe('runConformance', () => {
  test('a corpus that agrees with the rules: every fixture × wrapper passes', () => {
    expect(runConformance(tree(GOOD))).toEqual({ passed: 18, failed: 0, disagreements: [] });
  });

  test('reports wrong verdicts, wrong checks and unreadable YAML per wrapper', () => {
    const result = runConformance(
      tree({
        // passes although the folder says it must fail
        'baseline/v1.0/fail/hostports0.yaml': POD('hostports0', CONTAINER),
        // fails, but for a different check than the file name says
        'baseline/v1.0/fail/sysctls0.yaml': POD('sysctls0', CONTAINER + '    securityContext:\n      privileged: true\n'),
        // must pass but has a finding
        'baseline/v1.0/pass/base.yaml': POD('base', '  hostNetwork: true\n' + CONTAINER),
        'baseline/v1.0/pass/broken.yaml': 'kind: Pod\nmetadata: [\n',
      }),
    );
    expect(result.passed).toBe(0);
    expect(result.failed).toBe(12);
    const lines = result.disagreements.map(formatDisagreement);
    expect(lines).toContain('FAIL baseline/v1.0/fail/hostports0.yaml [CronJob] expected a finding for check hostports; got no finding');
    expect(lines.find((l) => l.startsWith('FAIL baseline/v1.0/fail/sysctls0.yaml [Deployment]'))).toContain('got [pss-privileged] /spec/template/spec/containers/0/securityContext/privileged');
    expect(lines.find((l) => l.startsWith('FAIL baseline/v1.0/pass/base.yaml [Pod]'))).toMatch(/expected no finding; got \[pss-host-namespaces\] \/spec\/hostNetwork/);
    expect(lines.find((l) => l.startsWith('FAIL baseline/v1.0/pass/broken.yaml [Pod]'))).toMatch(/got baseline\/v1\.0\/pass\/broken\.yaml:\d+: /);
  });

  test('a restricted fail fixture named for a baseline check is not satisfied by an unrelated restricted rule', () => {
    // runAsNonRoot does not override privileged, so only pss-privileged could satisfy privileged0.
    const result = runConformance(tree({ 'restricted/v1.0/fail/privileged0.yaml': POD('privileged0', CONTAINER) }));
    expect(result.failed).toBe(3);
    expect(result.disagreements[0].got).toContain('[pss-run-as-non-root]');
  });
});

describe('run.ts', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register', path.join(__dirname, 'run.ts'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, TS_NODE_PROJECT: path.join(REPO_ROOT, 'test', 'tsconfig.json'), TS_NODE_TRANSPILE_ONLY: 'true' },
      timeout: 60_000,
    });

  test('exit 0 and the summary line when everything agrees', () => {
    const r = run(tree(GOOD));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('18 passed, 0 failed\n');
  }, 60_000);

  test('exit 1 with one line per disagreement and the summary last', () => {
    const r = run(tree({ 'baseline/v1.0/pass/base.yaml': POD('base', '  hostPID: true\n' + CONTAINER) }));
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('0 passed, 3 failed');
  }, 60_000);

  test('exit 2 with a clear message and no stack trace for a missing directory or no argument', () => {
    const missing = run(path.join(os.tmpdir(), 'pss-conformance-nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^conformance: Fixture directory .*pss-conformance-nope does not exist\.\n$/);
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: npm run conformance -- <dir>');
  }, 60_000);
});
