import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';
import { budget, isPdb, replicaFloor, workloadsOfPdb } from './disruption';
import { indexObjects } from './object-index';

/**
 * A PDB whose minAvailable is at least the number of pods it protects allows no eviction. The
 * single-object cases (maxUnavailable 0, minAvailable 100%) are rule pdb-blocks-evictions.
 */
export const pdbExceedsReplicas = defineCrossObjectRule(
  {
    id: 'pdb-exceeds-replicas',
    title: 'PodDisruptionBudget minAvailable not below the replica count',
    severity: 'warning',
    category: 'availability',
    description:
      'A PodDisruptionBudget whose `minAvailable` (a number, or a percentage rounded up) is at least the number of pods it selects allows no voluntary eviction, so node drains hang and upgrades stall. The pod count is the sum of the selected workloads\' `spec.replicas`, or their HPA\'s `minReplicas` when autoscaled: a budget above HPA minReplicas blocks drains whenever the HPA has scaled down. Budgets over workloads without a fixed count (DaemonSets, Jobs) are skipped; `maxUnavailable: 0` and `minAvailable: 100%` are reported by pdb-blocks-evictions.',
    remediation: 'Lower `minAvailable` below the smallest replica count (HPA minReplicas for autoscaled workloads), or use `maxUnavailable: 1`.',
    equivalents: {
      polaris: ['pdbMinAvailableGreaterThanHPAMinReplicas'],
      kyverno: ['other/deployment-replicas-higher-than-pdb'],
    },
  },
  (objects) => {
    const index = indexObjects(objects);
    const out: ObjectViolation[] = [];
    for (const pdb of index.ofKind('PodDisruptionBudget')) {
      if (!isPdb(pdb)) continue;
      const spec = asObject(pdb.manifest.spec);
      const minAvailable = budget(spec.minAvailable);
      if (!minAvailable || isSet(spec.maxUnavailable) || (minAvailable.percent ?? 0) >= 100) continue;
      // The pod count is known only when every selected workload has a fixed replica floor.
      const floors = workloadsOfPdb(index, pdb).map((w) => ({ w, ...replicaFloor(index, w) }));
      if (!floors.length || floors.some((f) => f.replicas === undefined)) continue;
      const total = floors.reduce((sum, f) => sum + f.replicas!, 0);
      const required = minAvailable.int ?? Math.ceil(((minAvailable.percent ?? 0) * total) / 100);
      if (total === 0 || required < total) continue;
      const hpas = floors.filter((f) => f.hpa).map((f) => `HorizontalPodAutoscaler "${f.hpa!.ref.name ?? '?'}" minReplicas ${f.replicas}`);
      const source = hpas.length ? ` (at ${hpas.join(', ')})` : '';
      out.push({
        object: pdb,
        path: pdb.pointer('spec', 'minAvailable'),
        message: `PodDisruptionBudget "${pdb.ref.name ?? '?'}" requires ${required} available pods but selects only ${total}${source}, so no pod can be evicted`,
      });
    }
    return out;
  },
);
