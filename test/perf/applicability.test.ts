import * as fc from 'fast-check';
import { analyzeAll, evaluateObjects } from '../../src/engine/evaluate';
import { isApplicable } from '../../src/engine/object-pass';
import { Rule } from '../../src/engine/rule';
import { Finding, SEVERITY_ORDER } from '../../src/engine/types';
import { parseKubernetesVersion } from '../../src/engine/version';
import { ResolvedProfile, resolveRule } from '../../src/profiles/profile';
import { ALL_RULES } from '../../src/rules';
import { manifest } from '../support/any-manifest';

/**
 * `appliesTo` is only an optimization: a rule must report nothing on the objects it excludes, and
 * an evaluation must give the same report with and without the declarations.
 */

const version = parseKubernetesVersion('latest');
const declared = ALL_RULES.filter((r) => r.appliesTo !== undefined && r.check !== undefined);
const withoutDeclaration = (rule: Rule): Rule => ({ meta: rule.meta, ...(rule.check ? { check: rule.check } : {}), ...(rule.checkAll ? { checkAll: rule.checkAll } : {}) });
const profileOf = (rules: readonly Rule[]): ResolvedProfile => ({ name: 'all', kubernetesVersion: version, rules: rules.map((r) => resolveRule(r)) });

function oldCompare(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.documentIndex ?? 0) - (b.documentIndex ?? 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

describe('rule applicability', () => {
  test('the catalog declares applicability for most single-object rules', () => {
    expect(declared.length).toBeGreaterThan(60);
  });

  test('a rule reports nothing on the objects its appliesTo excludes', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const [object] = analyzeAll([{ manifest: m }]);
        for (const rule of declared) {
          if (isApplicable(rule.appliesTo, object)) continue;
          for (const v of [version, parseKubernetesVersion('v1.20')]) {
            expect({ rule: rule.meta.id, violations: rule.check!(object, { kubernetesVersion: v, options: rule.meta.defaultOptions ?? {} }) }).toEqual({ rule: rule.meta.id, violations: [] });
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('an evaluation gives the same report with and without the declarations, sorted as before', () => {
    fc.assert(
      fc.property(fc.array(manifest, { minLength: 1, maxLength: 8 }), (manifests) => {
        const inputs = manifests.map((m, i) => ({ manifest: m, provenance: { file: i % 2 ? 'b.yaml' : 'a.yaml', documentIndex: i } }));
        const objects = analyzeAll(inputs);
        const now = new Date('2026-01-01');
        const fast = evaluateObjects(objects, profileOf(ALL_RULES), { now });
        const plain = evaluateObjects(objects, profileOf(ALL_RULES.map(withoutDeclaration)), { now });
        expect(fast).toEqual(plain);
        expect(fast.findings.length).toBeGreaterThan(0);
        for (let i = 1; i < fast.findings.length; i++) expect(oldCompare(fast.findings[i - 1], fast.findings[i])).toBeLessThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
