import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { asInteger, asObject, isSet } from '../../engine/values';

/** Reads `0`, `"0"`, `"0%"` → 0 and `"100%"` → 100 (percent) for PDB values. */
function intOrPercent(value: unknown): { n: number; percent: boolean } | undefined {
  // Stryker disable next-line ConditionalExpression: for a non-string the regex sees its String() form, which never ends in %, so the result is the same
  if (typeof value === 'string') {
    const m = /^\s*(\d+)\s*%\s*$/.exec(value);
    if (m) return { n: Number(m[1]), percent: true };
  }
  const n = asInteger(value);
  // Stryker disable next-line ConditionalExpression: { n: undefined, percent: false } matches neither check, exactly like undefined
  return n === undefined ? undefined : { n, percent: false };
}

/** PodDisruptionBudgets must allow at least one voluntary eviction. */
export const pdbBlocksEvictions = defineRule(
  {
    id: 'pdb-blocks-evictions',
    title: 'PodDisruptionBudget allows no evictions',
    severity: 'warning',
    category: 'availability',
    description:
      'A PodDisruptionBudget with `maxUnavailable: 0` or `minAvailable: 100%` never allows a voluntary eviction: node drains, cluster upgrades and autoscaler scale-downs hang until someone deletes the budget by hand.',
    remediation: 'Use `maxUnavailable: 1` (or a percentage above 0), or a `minAvailable` below the replica count.',
    equivalents: {
      'polaris': ['pdbDisruptionsIsZero'],
      'kube-linter': ['pdb-max-unavailable', 'pdb-min-available'],
      'kube-score': ['poddisruptionbudget-has-policy'],
      'kyverno': ['other/pdb-maxunavailable', 'other/pdb-minavailable', 'other/require-reasonable-pdbs'],
    },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'PodDisruptionBudget') return out;
    const spec = asObject(object.manifest.spec);
    const max = intOrPercent(spec.maxUnavailable);
    const min = intOrPercent(spec.minAvailable);
    if (isSet(spec.maxUnavailable) && max?.n === 0) {
      out.push({ path: object.pointer('spec', 'maxUnavailable'), message: `the PodDisruptionBudget sets maxUnavailable=${show(spec.maxUnavailable)}, so no pod can ever be evicted` });
    }
    if (min?.percent && min.n >= 100) {
      out.push({ path: object.pointer('spec', 'minAvailable'), message: `the PodDisruptionBudget sets minAvailable=${show(spec.minAvailable)}, so no pod can ever be evicted` });
    }
    return out;
  },
  { kinds: ['PodDisruptionBudget'] },
);
