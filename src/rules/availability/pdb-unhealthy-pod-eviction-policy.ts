import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';

/** PodDisruptionBudgets should let unhealthy pods be evicted. */
export const pdbUnhealthyPodEvictionPolicy = defineRule(
  {
    id: 'pdb-unhealthy-pod-eviction-policy',
    title: 'PodDisruptionBudget protects unhealthy pods',
    severity: 'info',
    category: 'availability',
    description:
      'With the default `unhealthyPodEvictionPolicy: IfHealthyBudget`, pods that are running but not ready (crash-looping, misconfigured) count against the budget, so a broken rollout blocks node drains. `AlwaysAllow` lets such pods be evicted, which cannot make things worse.',
    remediation: 'Set `spec.unhealthyPodEvictionPolicy: AlwaysAllow` on the PodDisruptionBudget (Kubernetes 1.27+).',
    equivalents: { 'kube-linter': ['pdb-unhealthy-pod-eviction-policy'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'PodDisruptionBudget') return out;
    const value = asObject(object.manifest.spec).unhealthyPodEvictionPolicy;
    if (value === 'AlwaysAllow') return out;
    const state = isSet(value) ? `sets unhealthyPodEvictionPolicy=${show(value)}` : 'sets no unhealthyPodEvictionPolicy (default IfHealthyBudget)';
    out.push({ path: object.pointer('spec', 'unhealthyPodEvictionPolicy'), message: `the PodDisruptionBudget ${state}; not-ready pods then block node drains` });
    return out;
  },
  { kinds: ['PodDisruptionBudget'] },
);
