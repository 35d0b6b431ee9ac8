import { defineRule, Violation } from '../../engine/rule';
import { asArray, asObject, isOn } from '../../engine/values';

/** Pods should be created by a controller. */
export const barePod = defineRule(
  {
    id: 'bare-pod',
    title: 'Pod without a controller',
    severity: 'warning',
    category: 'availability',
    description:
      'A Pod created directly is not rescheduled when its node fails or is drained, is not replaced when deleted and cannot be rolled out or scaled. Deployments, StatefulSets, DaemonSets and Jobs do all of this.',
    remediation: 'Wrap the pod spec in a Deployment (or a StatefulSet, DaemonSet or Job, depending on the workload).',
    equivalents: { kyverno: ['other/prevent-bare-pods'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'Pod' || object.apiVersion !== 'v1') return out;
    const owned = asArray(object.metadata.ownerReferences).some((r) => isOn(asObject(r).controller));
    if (!owned) out.push({ path: object.pointer('kind'), message: 'the Pod is not managed by a controller; it will not be recreated if its node fails' });
    return out;
  },
  { kinds: ['Pod'] },
);
