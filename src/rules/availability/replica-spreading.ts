import { appendPointer, joinPointer } from '../../engine/json-pointer';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { PodSpecView } from '../../engine/workload';
import { labelMap, unmetRequirement } from '../../engine/selectors';
import { hpaTargets, REPLICATED_KINDS, replicasOf, workloadKey } from './workload-kinds';

/** Terms of `podAntiAffinity` (required and preferred) with the pointer to each. */
function antiAffinityTerms(pod: PodSpecView): Array<{ term: Record<string, unknown>; path: string }> {
  const anti = asObject(asObject(pod.spec.affinity).podAntiAffinity);
  const base = joinPointer(pod.path, 'affinity', 'podAntiAffinity');
  const required = asArray(anti.requiredDuringSchedulingIgnoredDuringExecution).map((t, i) => ({
    term: asObject(t),
    path: joinPointer(base, 'requiredDuringSchedulingIgnoredDuringExecution', i),
  }));
  const preferred = asArray(anti.preferredDuringSchedulingIgnoredDuringExecution).map((t, i) => ({
    term: asObject(asObject(t).podAffinityTerm),
    path: joinPointer(base, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'),
  }));
  return [...required, ...preferred];
}

/** Why a pod spec does not spread its replicas, or undefined when it does. */
function spreadingProblem(pod: PodSpecView): { path: string; message: string } | undefined {
  const spec = pod.spec;
  // The usual case (nothing configured) needs neither the terms nor the pod labels.
  // Stryker disable next-line ConditionalExpression,BlockStatement: fast path; without it the candidate list is empty and line 51 returns the same finding
  if (spec.affinity === undefined && spec.topologySpreadConstraints === undefined) {
    return { path: pod.path, message: 'it has neither podAntiAffinity nor topologySpreadConstraints' };
  }
  const labels = labelMap(asObject(pod.metadata).labels);
  const candidates = [
    ...antiAffinityTerms(pod).map((t) => ({ ...t, what: 'podAntiAffinity term' })),
    ...asArray(pod.spec.topologySpreadConstraints).map((t, i) => ({ term: asObject(t), path: joinPointer(pod.path, 'topologySpreadConstraints', i), what: 'topologySpreadConstraint' })),
  ];
  let firstMismatch: { path: string; message: string } | undefined;
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j];
    if ((asString(c.term.topologyKey) ?? '').trim() === '') {
      firstMismatch ??= { path: c.path, message: `its ${c.what} has no topologyKey` };
      continue;
    }
    const mismatch = unmetRequirement(c.term.labelSelector, labels);
    const hasSelector = Object.keys(asObject(c.term.labelSelector)).length > 0;
    if (!hasSelector) {
      firstMismatch ??= { path: c.path, message: `its ${c.what} has no labelSelector, so it does not refer to its own pods` };
    } else if (mismatch) {
      firstMismatch ??= { path: appendPointer(c.path, 'labelSelector'), message: `its ${c.what} does not select the pod's own labels (${mismatch})` };
    } else {
      return undefined;
    }
  }
  return firstMismatch ?? { path: pod.path, message: 'it has neither podAntiAffinity nor topologySpreadConstraints' };
}

/** Multi-replica workloads should spread their pods across nodes or zones. */
export const replicaSpreading = defineCrossObjectRule(
  {
    id: 'replica-spreading',
    title: 'Replicas not spread across nodes',
    severity: 'warning',
    category: 'availability',
    description:
      'Several replicas help only if they do not all land on the same node or zone. A podAntiAffinity term or a topologySpreadConstraint (either is enough) must select the workload\'s own pods, or it spreads nothing. Checked for replicated workloads with at least 2 replicas, or scaled by a HorizontalPodAutoscaler in the checked manifests.',
    remediation:
      'Add `topologySpreadConstraints` (e.g. `maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway`) or a preferred podAntiAffinity term, with a labelSelector matching the pod template labels.',
    equivalents: {
      'polaris': ['topologySpreadConstraint'],
      'kube-linter': ['no-anti-affinity'],
      'kube-score': ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity', 'pod-topology-spread-constraints'],
      'kyverno': ['other/create-pod-antiaffinity', 'other/topologyspreadconstraints-policy'],
    },
  },
  (objects) => {
    const scaled = hpaTargets(objects);
    const out: ObjectViolation[] = [];
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      if (!REPLICATED_KINDS.has(object.kind)) continue;
      const key = scaled.size ? workloadKey(object.ref.namespace, object.kind, object.ref.name) : undefined;
      const count = key !== undefined && scaled.has(key) ? scaled.get(key) ?? 2 : replicasOf(object) ?? 1;
      if (count < 2) continue;
      for (let j = 0; j < object.podSpecs.length; j++) {
        const pod = object.podSpecs[j];
        const problem = spreadingProblem(pod);
        if (problem) out.push({ object, path: problem.path, message: `the ${object.kind} runs ${count} replicas but ${problem.message}` });
      }
    }
    return out;
  },
);
