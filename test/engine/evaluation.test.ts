import { analyzeAll, evaluate, Evaluation } from '../../src/engine/evaluate';
import { OBJECTS_PER_PROGRESS } from '../../src/engine/object-pass';
import { defineCrossObjectRule, defineRule, RuleApplicability, RuleMetadata } from '../../src/engine/rule';
import { SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { Finding, ManifestInput, SEVERITY_ORDER } from '../../src/engine/types';
import { parseKubernetesVersion } from '../../src/engine/version';
import { parseSuppressionsFile } from '../../src/input/suppressions-file';
import { parseYaml } from '../../src/input/yaml';
import { ResolvedProfile, resolveRule } from '../../src/profiles/profile';
import { getProfile } from '../../src/profiles/registry';
import { FINDING_FILTERS, selectedBy } from '../support/finding-filters';
import { deployment, pod, safeContainer } from '../support/manifests';

const NOW = new Date('2026-06-01T00:00:00Z');
const REASON = 'Node agent needs host devices; approved in SEC-123';

/** A mix that gives errors, warnings and info, suppressed and expired findings, and governance findings. */
function inputs(counter: { positions: number }): ManifestInput[] {
  const manifests = [
    pod({ containers: [{ name: 'root', image: 'nginx', securityContext: { privileged: true } }] }, { name: 'bad', namespace: 'team' }),
    pod({ containers: [{ name: 'agent', image: 'agent:1', securityContext: { privileged: true } }] }, {
      name: 'agent',
      namespace: 'ops',
      annotations: {
        [SUPPRESSION_ANNOTATION]: JSON.stringify([
          { rules: ['pss-privileged'], reason: REASON },
          { rules: ['image-digest'], reason: REASON, until: '2026-01-01' },
          { rules: ['host-path'], reason: 'Nothing here mounts a host path at all' },
        ]),
      },
    }),
    pod({ containers: [] }, { name: 'broken', namespace: 'ops', annotations: { [SUPPRESSION_ANNOTATION]: '{not: [valid' } }),
    deployment({ containers: [safeContainer('web')] }, 'web'),
    deployment({ containers: [safeContainer('api', { image: 'registry.example.com/api:latest' })] }, 'api'),
  ];
  return manifests.map((manifest, documentIndex) => ({
    manifest,
    provenance: {
      file: documentIndex % 2 ? 'b.yaml' : 'a.yaml',
      documentIndex,
      positionOf: () => {
        counter.positions++;
        return { line: 10 - documentIndex, column: 3 };
      },
    },
  }));
}

function evaluation(counter = { positions: 0 }) {
  const profile = getProfile('recommended').resolve(parseKubernetesVersion('latest'));
  const selectors = parseSuppressionsFile(`suppressions:\n  - kind: Deployment\n    name: api\n    rules: [image-latest-tag]\n    reason: Pinned by the release pipeline instead\n`, 'exceptions.yaml').selectors;
  return new Evaluation(analyzeAll(inputs(counter)), profile, { now: NOW, suppressionSelectors: selectors });
}

describe('Evaluation', () => {
  // Built in beforeAll, not while tests are collected: a broken engine then fails tests instead of the file.
  let all: readonly Finding[] = [];
  beforeAll(() => {
    all = evaluation().report().findings;
  });

  test('the sample covers every kind of finding the filters tell apart', () => {
    expect(new Set(all.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
    expect(all.some((f) => f.suppressed)).toBe(true);
    expect(all.some((f) => f.expiredSuppression)).toBe(true);
    expect(all.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['suppression-invalid', 'suppression-unused']));
  });

  test.each(FINDING_FILTERS)('findings(%j) are the report\'s findings that match, in report order', (filter) => {
    // A fresh evaluation each time: a subset must sort the same way before anything else is built.
    const fresh = evaluation();
    expect(fresh.findings(filter)).toEqual(selectedBy(filter, all));
    expect(fresh.count(filter)).toBe(selectedBy(filter, all).length);
  });

  test.each(FINDING_FILTERS)('tally(%j) counts each rule and shows one of its findings', (filter) => {
    const matching = selectedBy(filter, all);
    const tallies = evaluation().tally(filter);
    expect(tallies.reduce((sum, t) => sum + t.count, 0)).toBe(matching.length);
    for (const t of tallies) {
      const ofRule = matching.filter((f) => f.ruleId === t.ruleId && f.severity === t.severity);
      expect(t.count).toBe(ofRule.length);
      expect(ofRule).toContainEqual(t.example);
    }
    // One tally per rule and severity among the matching findings, named after it.
    expect(tallies.map((t) => `${t.severity} ${t.ruleId}`).sort()).toEqual([...new Set(matching.map((f) => `${f.severity} ${f.ruleId}`))].sort());
    const order = tallies.map((t) => [SEVERITY_ORDER[t.severity], t.ruleId] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
  });

  test('the summary counts what the report holds', () => {
    const e = evaluation();
    const count = (f: (x: Finding) => boolean) => all.filter(f).length;
    expect(e.summary).toEqual({
      objects: 5,
      error: count((f) => !f.suppressed && f.severity === 'error'),
      warning: count((f) => !f.suppressed && f.severity === 'warning'),
      info: count((f) => !f.suppressed && f.severity === 'info'),
      suppressed: count((f) => !!f.suppressed),
    });
    expect(e.report().summary).toBe(e.summary);
    expect(e.report()).toBe(e.report());
  });

  test('findings are located only when something asks for them', () => {
    const counter = { positions: 0 };
    const e = evaluation(counter);
    // Findings on objects that suppressions reach are built at once (to know which were used).
    const upFront = counter.positions;
    expect(upFront).toBeGreaterThan(0);
    expect(upFront).toBeLessThan(all.length);
    const errors = e.findings({ atOrAbove: 'error', suppressed: false });
    expect(counter.positions).toBeLessThan(all.length);
    expect(errors.length).toBeGreaterThan(0);
    e.report();
    const afterReport = counter.positions;
    e.findings();
    e.report();
    expect(counter.positions).toBe(afterReport); // each finding is built once
  });

  test('onProgress is called every thousand objects and after each cross-object rule', () => {
    const profile = getProfile('recommended').resolve(parseKubernetesVersion('latest'));
    const crossObjectRules = profile.rules.filter((r) => r.rule.checkAll).length;
    const many = Array.from({ length: 2 * OBJECTS_PER_PROGRESS + 1 }, (_, i) => ({ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `c-${i}`, namespace: 'team' } } }));
    let calls = 0;
    const e = new Evaluation(analyzeAll(many), profile, { now: NOW, onProgress: () => calls++ });
    expect(crossObjectRules).toBeGreaterThan(0);
    expect(calls).toBe(2 + crossObjectRules);
    expect(e.count()).toBeGreaterThan(0);
  });

  test('findings carry the messages and containers the rules reported, also when many repeat', () => {
    const profile = getProfile('recommended').resolve(parseKubernetesVersion('latest'));
    const many = Array.from({ length: 30 }, (_, i) => ({ manifest: deployment({ containers: [safeContainer('web'), safeContainer(`side-${i % 3}`)] }, `web-${i}`) }));
    const objects = analyzeAll(many);
    const findings = new Evaluation(objects, profile, { now: NOW }).findings();
    let compared = 0;
    for (const resolved of profile.rules) {
      if (!resolved.rule.check) continue;
      for (const object of objects) {
        const context = { kubernetesVersion: profile.kubernetesVersion, options: resolved.options };
        const reported = resolved.rule.check(object, context).map((v) => `${v.container ?? '-'} ${v.message}`);
        const found = findings.filter((f) => f.ruleId === resolved.rule.meta.id && f.resource.name === object.ref.name).map((f) => `${f.container ?? '-'} ${f.message}`);
        expect(found.sort()).toEqual(reported.sort());
        compared += reported.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('Evaluation of custom rules', () => {
  const meta = (id: string): RuleMetadata => ({ id, title: id, severity: 'warning', category: 'custom', description: 'd', remediation: 'r' });
  const profileOf = (...rules: ResolvedProfile['rules']): ResolvedProfile => ({ name: 'custom', kubernetesVersion: parseKubernetesVersion('latest'), rules });

  test('a rule that declares appliesTo is called only for the objects it declares, whatever the other rules declare', () => {
    // Each rule reports every object it is called for.
    const sees = (id: string, appliesTo?: RuleApplicability) => resolveRule(defineRule(meta(id), (o) => [{ path: '', message: o.kind }], appliesTo));
    const manifests = [
      deployment({ containers: [safeContainer('web')] }, 'web'),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } },
      { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'once' }, spec: { template: { spec: { containers: [safeContainer('job')] } } } },
      // A custom resource kind: kind names are free, so `Cron` + `Job` must not be confused with `CronJob`.
      { apiVersion: 'example.com/v1', kind: 'Cron', metadata: { name: 'nightly' } },
      { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hourly' }, spec: { jobTemplate: { spec: { template: { spec: { containers: [safeContainer('cron')] } } } } } },
    ];
    const profile = profileOf(
      sees('every-object'),
      sees('empty-declaration', {}),
      sees('services', { kinds: ['Service'] }),
      sees('config-maps', { kinds: ['ConfigMap'] }),
      sees('workloads', { podSpecs: true }),
      sees('workloads-of-no-kind', { podSpecs: true, kinds: [] }),
      sees('workload-deployments-or-services', { podSpecs: true, kinds: ['Service', 'Deployment'] }),
      sees('deployments-or-services', { kinds: ['Service', 'Deployment'] }),
      sees('jobs-or-crons', { kinds: ['Job', 'Cron'] }),
      sees('cron-jobs', { kinds: ['CronJob'] }),
    );
    const findings = evaluate(
      manifests.map((manifest) => ({ manifest })),
      profile,
    ).findings;
    const seen: Record<string, string[]> = {};
    for (const resolved of profile.rules) seen[resolved.rule.meta.id] = [];
    for (const f of findings) seen[f.ruleId].push(f.message);
    const all = ['Deployment', 'Service', 'ConfigMap', 'Job', 'Cron', 'CronJob'];
    expect(seen).toEqual({
      'every-object': all,
      'empty-declaration': all,
      'services': ['Service'],
      'config-maps': ['ConfigMap'],
      'workloads': ['Deployment', 'Job', 'CronJob'],
      'workloads-of-no-kind': [],
      'workload-deployments-or-services': ['Deployment'],
      'deployments-or-services': ['Deployment', 'Service'],
      'jobs-or-crons': ['Job', 'Cron'],
      'cron-jobs': ['CronJob'],
    });
  });

  test('each object\'s findings are located in its own document, also when rules share a field', () => {
    // Two rules report the same (partly missing) field of every object: the second rule's finding
    // on an object reuses the first one's location, and no object gets another object's location.
    const reportsExtra = (id: string) => resolveRule(defineRule(meta(id), () => [{ path: '/spec/extra/field', message: id }]));
    const yaml = ['kind: A\nspec:\n  extra:\n    field: 1\n', 'kind: B\n\nspec:\n  extra: {}\n', 'kind: C\n\n\n\nspec: {}\n'].join('---\n');
    const parsed = parseYaml(yaml, 'objects.yaml');
    expect(parsed.errors).toEqual([]);
    const findings = evaluate(parsed.manifests, profileOf(reportsExtra('first'), reportsExtra('second'))).findings;
    const located = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => [f.resource.kind, f.path, f.line, f.column]);
    const expected = [
      ['A', '/spec/extra/field', 4, 5],
      ['B', '/spec/extra', 9, 3],
      ['C', '/spec', 15, 1],
    ];
    expect(located('first')).toEqual(expected);
    expect(located('second')).toEqual(expected);
  });

  test('cross-object rules of one run share one array of the objects, a copy of the caller\'s', () => {
    // The copy is what lets indexes cached by array (indexObjects) be collected with the run.
    const received: Array<readonly unknown[]> = [];
    const recorder = (id: string) =>
      resolveRule(
        defineCrossObjectRule(meta(id), (objects) => {
          received.push(objects);
          return [];
        }),
      );
    const objects = analyzeAll([{ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } } }, { manifest: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'b' } } }]);
    new Evaluation(objects, profileOf(recorder('first'), recorder('second')), { now: NOW });
    new Evaluation(objects, profileOf(recorder('third')), { now: NOW });
    expect(received).toHaveLength(3);
    expect(received[0]).toEqual(objects);
    expect(received[0]).not.toBe(objects);
    expect(received[1]).toBe(received[0]);
    expect(received[2]).toEqual(objects);
    expect(received[2]).not.toBe(received[0]);
  });

  test('a cross-object rule that throws gives one error finding, on the first object', () => {
    const broken = resolveRule(
      defineCrossObjectRule(meta('broken-cross'), () => {
        throw new Error('lookup failed');
      }),
    );
    const configMap = (name: string) => ({ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'team' } } });
    const report = evaluate([configMap('first'), configMap('second')], profileOf(broken), { now: NOW });
    expect(report.findings).toEqual([
      {
        ruleId: 'broken-cross',
        severity: 'error',
        message: 'Rule broken-cross failed while checking this object and could not decide: lookup failed',
        remediation: 'Report this to the rule author; until it is fixed, review the object by hand.',
        resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'team', name: 'first' },
        path: '',
      },
    ]);
    expect(report.summary).toEqual({ objects: 2, error: 1, warning: 0, info: 0, suppressed: 0 });
  });

  test('a cross-object rule that throws on no objects at all gives no finding', () => {
    const broken = resolveRule(
      defineCrossObjectRule(meta('broken-cross'), () => {
        throw new Error('nothing to look at');
      }),
    );
    const report = evaluate([], profileOf(broken), { now: NOW });
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ objects: 0, error: 0, warning: 0, info: 0, suppressed: 0 });
  });

  test('tally counts a rule\'s failures (errors) apart from its findings (the rule\'s severity)', () => {
    // A warning rule that reports one ConfigMap and fails on another: one warning and one error.
    const flaky = resolveRule(
      defineRule(meta('flaky'), (o) => {
        if (o.ref.name === 'odd') throw new Error('unexpected shape');
        return [{ path: '/metadata/name', message: `${o.ref.name} is named` }];
      }),
    );
    const configMap = (name: string) => ({ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } } });
    const e = new Evaluation(analyzeAll([configMap('plain'), configMap('odd'), configMap('other')]), profileOf(flaky), { now: NOW });
    const tallies = e.tally().map((t) => [t.severity, t.ruleId, t.count, t.example.message]);
    expect(tallies).toEqual([
      ['error', 'flaky', 1, 'Rule flaky failed while checking this object and could not decide: unexpected shape'],
      ['warning', 'flaky', 2, 'plain is named'],
    ]);
  });

  test('findings about suppressions at the same place keep the order they were declared in', () => {
    const annotated = pod({ containers: [safeContainer('app')] }, {
      name: 'app',
      namespace: 'team',
      annotations: { [SUPPRESSION_ANNOTATION]: JSON.stringify([{ rules: ['sensitive-host-mount', 'pss-host-namespaces', 'dangerous-capabilities'], reason: REASON }]) },
    });
    const e = new Evaluation(analyzeAll([{ manifest: annotated }]), getProfile('recommended').resolve(parseKubernetesVersion('latest')), { now: NOW });
    const unused = e.findings({ atOrAbove: 'warning' }).filter((f) => f.ruleId === 'suppression-unused');
    expect(unused.map((f) => f.message)).toEqual(
      ['sensitive-host-mount', 'pss-host-namespaces', 'dangerous-capabilities'].map((id) => `Suppression of ${id} declared at annotation ("${REASON}") matched no finding`),
    );
  });
});
