import * as fc from 'fast-check';
import { analyzeAll } from '../../src/engine/evaluate';
import { isApplicable } from '../../src/engine/object-pass';
import { parseKubernetesVersion } from '../../src/engine/version';
import { ALL_RULES } from '../../src/rules';
import { manifest } from '../support/any-manifest';

/**
 * A rule's `appliesTo` only spares the engine calls; the rule itself must still report nothing on
 * the objects it excludes (its own kind and pod-spec guards), so it gives the same findings when
 * called without the declaration. A fixed sample keeps this deterministic.
 */
const SAMPLE = fc.sample(manifest, { numRuns: 400, seed: 20261127 });
const declared = ALL_RULES.filter((r) => r.appliesTo !== undefined && r.check !== undefined);

describe.each(declared.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  test('reports nothing on the objects its appliesTo excludes', () => {
    let excluded = 0;
    for (const [object] of SAMPLE.map((m) => analyzeAll([{ manifest: m }]))) {
      if (isApplicable(rule.appliesTo, object)) continue;
      excluded++;
      for (const version of ['latest', 'v1.20']) {
        expect(rule.check!(object, { kubernetesVersion: parseKubernetesVersion(version), options: rule.meta.defaultOptions ?? {} })).toEqual([]);
      }
    }
    expect(excluded).toBeGreaterThan(0);
  });
});

// A rule declaring pod features is skipped for pods without them: the sample must hold pods where it
// reports, or the test above could pass with features that miss the very fields the rule flags.
const byFeatures = declared.filter((r) => r.appliesTo?.podFeatures?.length);

describe.each(byFeatures.map((r) => [r.meta.id, r] as const))('%s (pod features)', (_id, rule) => {
  test('the sample holds objects it reports on', () => {
    const reported = SAMPLE.map((m) => analyzeAll([{ manifest: m }])[0]).filter(
      (object) => rule.check!(object, { kubernetesVersion: parseKubernetesVersion('latest'), options: rule.meta.defaultOptions ?? {} }).length > 0,
    );
    expect(reported.length).toBeGreaterThan(0);
  });
});
