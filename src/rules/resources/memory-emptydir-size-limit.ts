import { definePodSpecRule } from '../../engine/rule';
import { sizeLimitCheck } from './emptydir-size-limit';

/** tmpfs emptyDir volumes must be capped. */
export const memoryEmptyDirSizeLimit = definePodSpecRule(
  {
    id: 'memory-emptydir-size-limit',
    title: 'Memory-backed emptyDir without sizeLimit',
    severity: 'warning',
    category: 'resources',
    description:
      'An emptyDir with `medium: Memory` is a tmpfs: every byte written is RAM. Without `sizeLimit` it may grow to the pod\'s memory limit (or, without one, to the node\'s allocatable memory), so a log or cache written there OOM-kills the pod or starves the node.',
    remediation: 'Set `emptyDir.sizeLimit` on memory-backed volumes (e.g. `sizeLimit: 64Mi`) and keep it below the containers\' memory limit.',
    equivalents: { kyverno: ['other/add-emptydir-sizelimit'] },
  },
  sizeLimitCheck(true),
  { podSpecs: true, podFeatures: ['volumes'] },
);
