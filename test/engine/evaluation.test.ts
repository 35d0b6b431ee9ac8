import { analyzeAll, Evaluation, FindingFilter } from '../../src/engine/evaluate';
import { SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { Finding, meetsThreshold, ManifestInput, SEVERITY_ORDER } from '../../src/engine/types';
import { parseKubernetesVersion } from '../../src/engine/version';
import { parseSuppressionsFile } from '../../src/input/suppressions-file';
import { getProfile } from '../../src/profiles/registry';
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

const FILTERS: FindingFilter[] = [
  {},
  { atOrAbove: 'error' },
  { atOrAbove: 'warning', suppressed: false },
  { below: 'error' },
  { below: 'warning', suppressed: false },
  { below: 'never' },
  { atOrAbove: 'never' },
  { suppressed: true },
  { suppressed: false, atOrAbove: 'info' },
];

function expected(all: readonly Finding[], filter: FindingFilter): Finding[] {
  return all.filter(
    (f) =>
      (filter.suppressed === undefined || filter.suppressed === (f.suppressed !== undefined)) &&
      (filter.atOrAbove === undefined || meetsThreshold(f.severity, filter.atOrAbove)) &&
      (filter.below === undefined || filter.below === 'never' || !meetsThreshold(f.severity, filter.below)),
  );
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

  test.each(FILTERS)('findings(%j) are the report\'s findings that match, in report order', (filter) => {
    // A fresh evaluation each time: a subset must sort the same way before anything else is built.
    const fresh = evaluation();
    expect(fresh.findings(filter)).toEqual(expected(all, filter));
    expect(fresh.count(filter)).toBe(expected(all, filter).length);
  });

  test.each(FILTERS)('tally(%j) counts each rule and shows one of its findings', (filter) => {
    const matching = expected(all, filter);
    const tallies = evaluation().tally(filter);
    expect(tallies.reduce((sum, t) => sum + t.count, 0)).toBe(matching.length);
    for (const t of tallies) {
      const ofRule = matching.filter((f) => f.ruleId === t.ruleId && f.severity === t.severity);
      expect(t.count).toBe(ofRule.length);
      expect(ofRule).toContainEqual(t.example);
    }
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

  test('onRuleDone is called once per rule of the profile, after the rule ran', () => {
    const profile = getProfile('recommended').resolve(parseKubernetesVersion('latest'));
    const objects = analyzeAll(inputs({ positions: 0 }));
    let calls = 0;
    const e = new Evaluation(objects, profile, { now: NOW, onRuleDone: () => calls++ });
    expect(calls).toBe(profile.rules.length);
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
