import * as fc from 'fast-check';
import { analyzeAll, Evaluation } from '../../src/engine/evaluate';
import { defineCrossObjectRule, defineRule, RuleMetadata } from '../../src/engine/rule';
import { SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { Finding, Severity, SEVERITY_ORDER } from '../../src/engine/types';
import { parseKubernetesVersion } from '../../src/engine/version';
import { ResolvedProfile, resolveRule } from '../../src/profiles/profile';
import { FINDING_FILTERS, selectedBy } from '../support/finding-filters';

/**
 * The counts, tallies and filtered findings of an evaluation are computed without building every
 * finding (by runs of one rule's entries, with rule failures and suppressed objects' findings apart).
 * Whatever mix of failures and suppressions, they must equal what the full report gives.
 */

const NOW = new Date('2026-06-01T00:00:00Z');
const REASON = 'Accepted risk, reviewed in SEC-42';
const meta = (id: string, severity: Severity): RuleMetadata => ({ id, title: id, severity, category: 'custom', description: 'd', remediation: 'r' });

// Rules that report every object, two findings per object, fail on some objects, or relate objects.
const RULES = [
  resolveRule(defineRule(meta('every', 'warning'), (o) => [{ path: '/metadata/name', message: `${o.ref.name} seen` }])),
  resolveRule(
    defineRule(meta('flaky', 'warning'), (o) => {
      if (o.ref.name?.startsWith('x')) throw new Error('unexpected shape');
      return [{ path: '/metadata', message: 'checked' }];
    }),
  ),
  resolveRule(
    defineRule(meta('twice', 'info'), (o) =>
      o.kind === 'ConfigMap'
        ? [
          { path: '/data/a', message: 'first' },
          { path: '/data/b', message: 'second' },
        ]
        : [],
    ),
  ),
  resolveRule(defineRule(meta('quiet', 'error'), () => [])),
  resolveRule(
    defineCrossObjectRule(meta('pairs', 'error'), (objects) => objects.filter((_, i) => i % 2 === 0).map((object) => ({ object, path: '', message: 'paired' }))),
  ),
];
const RULE_IDS = RULES.map((r) => r.rule.meta.id);
const PROFILE: ResolvedProfile = { name: 'custom', kubernetesVersion: parseKubernetesVersion('latest'), rules: RULES };

/** Objects: ConfigMaps and Secrets, some failing `flaky` (name starts with x), some with suppressions (current or expired). */
const objectSpec: fc.Arbitrary<ObjectSpec> = fc.record({
  kind: fc.constantFrom('ConfigMap', 'Secret'),
  failing: fc.boolean(),
  suppressed: fc.subarray(RULE_IDS),
  expired: fc.boolean(),
});

interface ObjectSpec {
  readonly kind: string;
  readonly failing: boolean;
  readonly suppressed: readonly string[];
  readonly expired: boolean;
}

function manifestsOf(specs: readonly ObjectSpec[]) {
  return specs.map((s, i) => {
    const annotations = s.suppressed.length
      ? { [SUPPRESSION_ANNOTATION]: JSON.stringify([{ rules: s.suppressed, reason: REASON, ...(s.expired ? { until: '2026-01-01' } : {}) }]) }
      : undefined;
    return { manifest: { apiVersion: 'v1', kind: s.kind, metadata: { name: `${s.failing ? 'x' : 'o'}-${i}`, namespace: 'team', ...(annotations ? { annotations } : {}) } } };
  });
}

describe('Evaluation counts without building every finding', () => {
  test('findings, count, tally and summary equal what the full report gives, for any mix of failures and suppressions', () => {
    fc.assert(
      fc.property(fc.array(objectSpec, { minLength: 1, maxLength: 10 }), fc.constantFrom(...FINDING_FILTERS), (specs, filter) => {
        const objects = analyzeAll(manifestsOf(specs));
        const all = new Evaluation(objects, PROFILE, { now: NOW }).report();
        const expected = selectedBy(filter, all.findings);

        // Fresh evaluations, so each question is answered before any other finding is built.
        expect(new Evaluation(objects, PROFILE, { now: NOW }).findings(filter)).toEqual(expected);
        expect(new Evaluation(objects, PROFILE, { now: NOW }).count(filter)).toBe(expected.length);

        // Without file positions, report order within one rule and severity is the order reported.
        const tallies = new Map<string, { ruleId: string; severity: Severity; count: number; example: Finding }>();
        for (const f of expected) {
          const key = `${f.severity} ${f.ruleId}`;
          const t = tallies.get(key);
          if (t) t.count++;
          else tallies.set(key, { ruleId: f.ruleId, severity: f.severity, count: 1, example: f });
        }
        const expectedTallies = [...tallies.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
        expect(new Evaluation(objects, PROFILE, { now: NOW }).tally(filter)).toEqual(expectedTallies);

        const count = (f: (x: Finding) => boolean) => all.findings.filter(f).length;
        expect(all.summary).toEqual({
          objects: objects.length,
          error: count((f) => !f.suppressed && f.severity === 'error'),
          warning: count((f) => !f.suppressed && f.severity === 'warning'),
          info: count((f) => !f.suppressed && f.severity === 'info'),
          suppressed: count((f) => !!f.suppressed),
        });
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });

  test('the generated mixes include failures and suppressions inside runs of one rule', () => {
    // Guards the property above against a generator that stops producing the hard cases.
    const samples = fc.sample(fc.array(objectSpec, { minLength: 1, maxLength: 10 }), { numRuns: 300, seed: 20261127 });
    const findings = samples.flatMap((specs) => new Evaluation(analyzeAll(manifestsOf(specs)), PROFILE, { now: NOW }).report().findings);
    expect(findings.some((f) => f.severity === 'error' && f.ruleId === 'flaky')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'flaky' && f.suppressed)).toBe(true);
    expect(findings.some((f) => f.ruleId === 'every' && f.suppressed)).toBe(true);
    expect(findings.some((f) => f.ruleId === 'twice' && f.expiredSuppression)).toBe(true);
  });
});
