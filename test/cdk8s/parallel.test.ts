/**
 * The check in a worker thread, as users get it: only the compiled package ships the worker script
 * (`npm test` compiles first), so these tests load lib/ and its cdk8s.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const LIB = path.resolve(__dirname, '..', '..', 'lib');
if (!fs.existsSync(path.join(LIB, 'cdk8s', 'check-worker.js'))) {
  throw new Error('lib/cdk8s/check-worker.js is missing: run `npx projen compile` before this test.');
}
// The same module instances the compiled package uses (cdk8s is a peer dependency: one copy).
const lib = require(LIB) as typeof import('../../src');
const { ApiObject, App, Chart, Yaml, YamlOutputType } = require('cdk8s') as typeof import('cdk8s');

type Parallel = boolean | undefined;

/** An app with `pods` Pods, every `privilegedEvery`-th one privileged (0: none). */
function podApp(outdir: string, pods: number, privilegedEvery = 0) {
  const app = new App({ outdir });
  const chart = new Chart(app, 'chart', { namespace: 'team' });
  for (let i = 0; i < pods; i++) {
    new ApiObject(chart, `pod-${i}`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p-${i}` },
      spec: { containers: [{ name: 'c', image: 'nginx:1.27', securityContext: { privileged: privilegedEvery > 0 && i % privilegedEvery === 0 } }] },
    });
  }
  return app;
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-parallel-'));
}

/** Synthesizes and records everything a user sees: the outcome, the warnings, the report and the files. */
function synthesize(app: InstanceType<typeof App>, options: import('../../src').EnforceOptions, method: 'synth' | 'synthYaml' = 'synth') {
  const warnings: string[] = [];
  lib.Guardrails.of(app).enforce({ ...options, warn: (line) => warnings.push(line) });
  let error: unknown;
  let yaml: string | undefined;
  try {
    if (method === 'synth') app.synth();
    else yaml = app.synthYaml();
  } catch (e) {
    error = e;
  }
  const files = fs.existsSync(app.outdir) ? fs.readdirSync(app.outdir).sort() : [];
  return {
    error: error as (Error & { report?: import('../../src').Report }) | undefined,
    warnings,
    yaml,
    report: lib.Guardrails.of(app).report,
    files: Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(app.outdir, f), 'utf8')])),
  };
}

describe('checking in a worker thread', () => {
  test('a failing app gives the same error, warnings and report as in one thread, and writes no manifests', () => {
    const [dirWorker, dirOne] = [tempDir(), tempDir()];
    const inWorker = synthesize(podApp(dirWorker, 2000, 500), { profile: 'pss-baseline', failOn: 'error', parallel: true });
    const oneThread = synthesize(podApp(dirOne, 2000, 500), { profile: 'pss-baseline', failOn: 'error', parallel: false });
    expect(inWorker.error?.name).toBe('GuardrailsError');
    expect(inWorker.error?.message).toBe(oneThread.error?.message);
    expect(inWorker.error?.message).toContain('found 4 finding(s) at or above "error"');
    expect(inWorker.warnings).toEqual(oneThread.warnings);
    expect(inWorker.error?.report).toEqual(oneThread.error?.report);
    expect(inWorker.report).toEqual(oneThread.report);
    expect(inWorker.files).toEqual({});
  });

  test('a passing app writes the same manifests, and the same report files, as in one thread', () => {
    const [dirWorker, dirOne] = [tempDir(), tempDir()];
    const options = { profile: 'recommended', failOn: 'never' as const, reports: { json: true, markdown: true } };
    const inWorker = synthesize(podApp(dirWorker, 50), { ...options, parallel: true });
    const oneThread = synthesize(podApp(dirOne, 50), { ...options, parallel: false });
    expect(inWorker.error).toBeUndefined();
    expect(Object.keys(inWorker.files)).toEqual(['chart.k8s.yaml', 'guardrails-report.json', 'guardrails-report.md']);
    expect(inWorker.files['chart.k8s.yaml']).toContain('name: p-49');
    // Report files carry the time of the run; everything else is equal.
    const withoutTime = (files: Record<string, string>) => JSON.stringify(files).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>');
    expect(withoutTime(inWorker.files)).toBe(withoutTime(oneThread.files));
    expect(inWorker.warnings).toEqual(oneThread.warnings);
    expect(inWorker.warnings.length).toBeGreaterThan(0);
  });

  test.each([YamlOutputType.FILE_PER_APP, YamlOutputType.FILE_PER_RESOURCE, YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE])(
    'every output layout (%s) gets the same files as in one thread',
    (yamlOutputType) => {
      const tree = (dir: string): Record<string, string> =>
        Object.fromEntries(
          (fs.readdirSync(dir, { recursive: true }) as string[])
            .filter((f) => fs.statSync(path.join(dir, f)).isFile())
            .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
        );
      const synthIn = (parallel: boolean) => {
        const dir = tempDir();
        const app = new App({ outdir: dir, yamlOutputType });
        const chart = new Chart(app, 'chart', { namespace: 'team' });
        for (let i = 0; i < 3; i++) {
          new ApiObject(chart, `cm-${i}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}` }, data: { i: String(i) } });
        }
        lib.Guardrails.of(app).enforce({ profile: 'pss-baseline', parallel });
        app.synth();
        return tree(dir);
      };
      const inWorker = synthIn(true);
      expect(Object.keys(inWorker).length).toBeGreaterThan(0);
      expect(inWorker).toEqual(synthIn(false));
    },
  );

  test('synthYaml returns the YAML only after the verdict: a failing app throws instead', () => {
    const failing = synthesize(podApp(tempDir(), 10, 1), { profile: 'pss-baseline', parallel: true }, 'synthYaml');
    expect(failing.yaml).toBeUndefined();
    expect(failing.error?.message).toContain('[pss-privileged]');
    const passing = synthesize(podApp(tempDir(), 10), { profile: 'pss-baseline', parallel: true }, 'synthYaml');
    expect(passing.error).toBeUndefined();
    expect(passing.yaml).toContain('name: p-9');
  });

  test('a failed synth removes the manifests of an earlier build and writes none of its own', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'chart.k8s.yaml'), 'stale: true\n');
    const result = synthesize(podApp(dir, 10, 1), { profile: 'pss-baseline', parallel: true });
    expect(result.error?.message).toContain('Removed 1 manifest file(s) of an earlier synthesis');
    expect(result.files).toEqual({});
  });

  test('cdk8s saves YAML itself again after a synth, passing or failing', () => {
    const save = Yaml.save;
    synthesize(podApp(tempDir(), 5, 1), { profile: 'pss-baseline', parallel: true });
    synthesize(podApp(tempDir(), 5), { profile: 'pss-baseline', parallel: true });
    expect(Yaml.save).toBe(save);
  });

  test('a profile the worker cannot know (registered in this thread) is checked in-process', () => {
    const rule = lib.defineRule(
      { id: 'test-no-pods', title: 'No Pods', severity: 'error', category: 'metadata', description: 'test', remediation: 'do not' },
      (object) => (object.kind === 'Pod' ? [{ path: '/kind', message: 'a Pod' }] : []),
    );
    lib.registerProfile(new lib.Profile('test-only-here', 'test', () => [lib.resolveRule(rule)]));
    const result = synthesize(podApp(tempDir(), 3), { profile: 'test-only-here', parallel: true });
    expect(result.error?.message).toContain('found 3 finding(s)');
    expect(result.error?.message).toContain('[test-no-pods]');
  });

  test('manifests the worker cannot receive (not cloneable) are checked in-process', () => {
    const app = podApp(tempDir(), 3, 1);
    const object = app.node.findAll().find((c) => ApiObject.isApiObject(c)) as InstanceType<typeof ApiObject>;
    const toJson = object.toJson.bind(object);
    // A symbol inside a manifest cannot be posted to a worker thread.
    object.toJson = () => ({ ...toJson(), extra: Symbol('not cloneable') });
    const result = synthesize(app, { profile: 'pss-baseline', parallel: true }, 'synthYaml');
    expect(result.error?.message).toContain('found 3 finding(s)');
  });

  test.each<[Parallel, number, string, string]>([
    [true, 5, 'after', 'in a worker thread'],
    [false, 5, 'before', 'in one thread'],
    [undefined, 2000, 'before', 'in one thread by default, also for large apps'],
  ])('parallel: %s with %d objects prints the warnings %s cdk8s serializes (%s)', (parallel, pods, when) => {
    const events: string[] = [];
    const original = Yaml.stringify.bind(Yaml);
    const stringify = jest.spyOn(Yaml, 'stringify').mockImplementation((...docs: unknown[]) => {
      events.push('yaml');
      return original(...docs);
    });
    try {
      const app = podApp(tempDir(), pods);
      lib.Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'never', parallel, warn: () => events.push('warn') });
      app.synthYaml();
    } finally {
      stringify.mockRestore();
    }
    expect(events.indexOf('warn') < events.indexOf('yaml') ? 'before' : 'after').toBe(when);
  });
});
