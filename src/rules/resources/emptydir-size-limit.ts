import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule, PodSpecCheck, Violation } from '../../engine/rule';
import { isSet } from '../../engine/values';
import { emptyDirVolumes } from './empty-dir';
import { parseQuantity } from './quantity';

/** Checks the sizeLimit of a pod spec's disk-backed (`inMemory` false) or memory-backed emptyDirs. */
export function sizeLimitCheck(inMemory: boolean): PodSpecCheck {
  const kind = inMemory ? 'memory-backed (tmpfs) emptyDir' : 'emptyDir';
  return (pod) => {
    const volumes = emptyDirVolumes(pod);
    let out: Violation[] | undefined;
    for (let j = 0; j < volumes.length; j++) {
      const v = volumes[j];
      if (v.inMemory !== inMemory) continue;
      const path = appendPointer(v.pointer, 'sizeLimit');
      if (!isSet(v.sizeLimit)) {
        (out ??= []).push({ path, message: `${kind} volume "${v.name}" has no sizeLimit` });
      } else if ((parseQuantity(v.sizeLimit) ?? 0) <= 0) {
        (out ??= []).push({ path, message: `${kind} volume "${v.name}" has sizeLimit ${show(v.sizeLimit)}, which is not a positive quantity` });
      }
    }
    return out;
  };
}

/** Disk-backed emptyDir volumes should be capped. */
export const emptyDirSizeLimit = definePodSpecRule(
  {
    id: 'emptydir-size-limit',
    title: 'emptyDir without sizeLimit',
    severity: 'info',
    category: 'resources',
    description:
      'A disk-backed emptyDir without `sizeLimit` can grow until the node\'s disk is full, which evicts every pod on the node. With a limit only the offending pod is evicted. Memory-backed emptyDirs are checked by `memory-emptydir-size-limit`.',
    remediation: 'Set `emptyDir.sizeLimit` (e.g. `sizeLimit: 1Gi`) on every emptyDir volume, and an ephemeral-storage limit on the containers.',
    equivalents: { kyverno: ['other/require-emptydir-requests-limits', 'other/add-emptydir-sizelimit'] },
  },
  sizeLimitCheck(false),
  { podSpecs: true, podFeatures: ['volumes'] },
);
