import { AnalyzedObject } from '../../engine/analyze';
import { asInteger, asObject, asString } from '../../engine/values';
import { PodSpecView } from '../../engine/workload';

/** Kinds whose `spec.replicas` sets how many pods run. */
export const REPLICATED_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** Run-to-completion pods (Jobs, CronJobs, pods that are not restarted) need no probes and no replicas. */
export function runsToCompletion(object: AnalyzedObject, pod: PodSpecView): boolean {
  if (object.kind === 'Job' || object.kind === 'CronJob') return true;
  const policy = asString(pod.spec.restartPolicy);
  return policy === 'Never' || policy === 'OnFailure';
}

/** `spec.replicas` of a replicated workload, with the API default of 1. */
export function replicasOf(object: AnalyzedObject): number | undefined {
  const value = asObject(object.manifest.spec).replicas;
  return value === undefined || value === null ? 1 : asInteger(value);
}

/** `namespace/Kind/name` keys of workloads targeted by a HorizontalPodAutoscaler, with the HPA's maxReplicas. */
export function hpaTargets(objects: readonly AnalyzedObject[]): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (o.kind !== 'HorizontalPodAutoscaler') continue;
    const spec = asObject(o.manifest.spec);
    const target = asObject(spec.scaleTargetRef);
    const name = asString(target.name);
    // Without a target name the HPA scales nothing, so it exempts no workload (not even a nameless one).
    // A missing kind needs no check: its key has an empty kind, and every replicated workload has one.
    if (!name) continue;
    out.set(workloadKey(o.ref.namespace, asString(target.kind), name), asInteger(spec.maxReplicas));
  }
  return out;
}

/** Key of a workload for matching HPA targets; an empty namespace is the unspecified one, like none. */
export function workloadKey(namespace: string | undefined, kind: string | undefined, name: string | undefined): string {
  return `${namespace ?? ''}/${kind ?? ''}/${name ?? ''}`;
}
