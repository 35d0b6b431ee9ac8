import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';
import { budget, isPdb, replicaFloor, workloadsOfPdb } from './disruption';
import { indexObjects, ObjectIndex, WorkloadEntry } from './object-index';
import { nameSome } from '../../engine/describe';

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
    const podsByList = new Map<readonly WorkloadEntry[], SelectedPods | null>();
    for (const pdb of index.ofKind('PodDisruptionBudget')) {
      if (!isPdb(pdb)) continue;
      const spec = asObject(pdb.manifest.spec);
      const minAvailable = budget(spec.minAvailable);
      if (!minAvailable || isSet(spec.maxUnavailable) || (minAvailable.percent ?? 0) >= 100) continue;
      const selected = workloadsOfPdb(index, pdb);
      // PDBs with the same selector share their list (see ObjectIndex.matchOnce): counted once.
      let pods = podsByList.get(selected);
      // Stryker disable next-line ConditionalExpression: counting a shared list again gives the same count; only speed differs
      if (pods === undefined) podsByList.set(selected, (pods = podsOf(index, selected) ?? null));
      if (pods === null) continue;
      const { total, source } = pods;
      const required = minAvailable.int ?? Math.ceil(((minAvailable.percent ?? 0) * total) / 100);
      if (total === 0 || required < total) continue;
      out.push({
        object: pdb,
        path: pdb.pointer('spec', 'minAvailable'),
        message: `PodDisruptionBudget "${pdb.ref.name ?? '?'}" requires ${required} available pods but selects only ${total}${source}, so no pod can be evicted`,
      });
    }
    return out;
  },
);

/** The fewest pods of the workloads a PDB selects, and the autoscalers that set some of them (for the message). */
interface SelectedPods {
  readonly total: number;
  readonly source: string;
}

/** Undefined when the count is not known: no workload, or one without a fixed replica floor. */
function podsOf(index: ObjectIndex, selected: readonly WorkloadEntry[]): SelectedPods | undefined {
  const floors = selected.map((w) => replicaFloor(index, w));
  if (!floors.length || floors.some((f) => f.replicas === undefined)) return undefined;
  const total = floors.reduce((sum, f) => sum + f.replicas!, 0);
  const scaled = floors.filter((f) => f.hpa);
  const source = scaled.length ? ` (at ${nameSome(scaled.length, (k) => `HorizontalPodAutoscaler "${scaled[k].hpa!.ref.name ?? '?'}" minReplicas ${scaled[k].replicas}`)})` : '';
  return { total, source };
}
