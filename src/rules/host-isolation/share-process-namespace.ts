import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { isOff, isSet, typeNote } from '../../engine/values';

/** Containers of a pod must not share one process namespace. */
export const shareProcessNamespace = defineRule(
  {
    id: 'share-process-namespace',
    title: 'Shared process namespace',
    severity: 'error',
    category: 'host-isolation',
    description:
      'With `shareProcessNamespace: true` every container sees and can signal the processes of the others, and reads their environment and root filesystem through `/proc/<pid>/root`, so one compromised container exposes the secrets of all. No Pod Security Standards level forbids it.',
    remediation: 'Remove `spec.shareProcessNamespace` (or set it to `false`); use a shared volume or a sidecar API for the cooperation you need.',
    standards: { nsa: ['1.3'] },
  },
  (object) => {
    const out: Violation[] = [];
    for (let i = 0; i < object.podSpecs.length; i++) {
      const pod = object.podSpecs[i];
      const value = pod.spec.shareProcessNamespace;
      if (!isSet(value) || isOff(value)) continue;
      out.push({
        path: appendPointer(pod.path, 'shareProcessNamespace'),
        message: `the pod sets shareProcessNamespace=${show(value)}${typeNote(value, 'boolean')}: its containers can read each other's processes, environment and files`,
      });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['shareProcessNamespace'] },
);
