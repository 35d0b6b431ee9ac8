import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asInteger } from '../../engine/values';
import { isPdb, replicaFloor, workloadsOfPdb } from './disruption';
import { describeNamespace, describeObject, indexObjects, SCALABLE_KINDS, WorkloadEntry } from './object-index';

/** Without a PDB, a node drain may evict every replica at once. */
export const pdbMissing = defineCrossObjectRule(
  {
    id: 'pdb-missing',
    title: 'Replicated workload without a PodDisruptionBudget',
    severity: 'warning',
    category: 'availability',
    description:
      'A Deployment, StatefulSet, ReplicaSet or ReplicationController that runs at least `minReplicas` pods (its HPA\'s minReplicas when autoscaled) is meant to stay available, but without a PodDisruptionBudget selecting its pods, node drains and cluster upgrades can evict all replicas at the same time.',
    remediation: 'Add a PodDisruptionBudget (policy/v1) in the same namespace whose selector matches the pod template labels, with `maxUnavailable: 1` or a `minAvailable` below the replica count.',
    equivalents: {
      'polaris': ['missingPodDisruptionBudget'],
      'kube-score': ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'],
      'kyverno': ['other/require-pdb', 'other/create-default-pdb'],
    },
    defaultOptions: { minReplicas: 2 },
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const threshold = asInteger(context.options.minReplicas) ?? 2;
    // Workloads some PDB selects, found from the PDBs' side: N PDBs and N workloads are not N² matches.
    const covered = new Set<WorkloadEntry>();
    // PDBs with the same selector share their list (see ObjectIndex.matchOnce): each list is walked once.
    const walked = new Set<readonly WorkloadEntry[]>();
    for (const pdb of index.ofKind('PodDisruptionBudget')) {
      if (!isPdb(pdb)) continue;
      const selected = workloadsOfPdb(index, pdb);
      // Stryker disable next-line ConditionalExpression: walking a shared list again adds the same workloads; only speed differs
      if (walked.has(selected)) continue;
      walked.add(selected);
      // Stryker disable next-line EqualityOperator: one step past the end adds undefined, which is never a workload looked up
      for (let i = 0; i < selected.length; i++) covered.add(selected[i]);
    }
    const out: ObjectViolation[] = [];
    for (const w of index.workloads) {
      if (!SCALABLE_KINDS.has(w.object.kind)) continue;
      const floor = replicaFloor(index, w);
      if (floor.replicas === undefined || floor.replicas < threshold || covered.has(w)) continue;
      const why = floor.hpa ? `is autoscaled from ${floor.replicas} replicas` : `runs ${floor.replicas} replicas`;
      out.push({
        object: w.object,
        path: w.pod.metadataPath,
        message: `${describeObject(w.object)} ${why} but no PodDisruptionBudget in ${describeNamespace(w.namespace)} selects its pods`,
      });
    }
    return out;
  },
);
