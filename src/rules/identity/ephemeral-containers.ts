import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';

/** Reports ephemeral (debug) containers written into a manifest. */
export const ephemeralContainers = definePodSpecRule(
  {
    id: 'ephemeral-containers',
    title: 'Ephemeral containers in the manifest',
    severity: 'info',
    category: 'identity',
    description:
      'Ephemeral containers are debugging containers attached to a running pod (`kubectl debug`). In a manifest they usually mean a debugging session was exported by mistake; they also run with whatever image and security settings the debugger chose, outside the workload\'s review.',
    remediation: 'Remove `spec.ephemeralContainers` from the manifest; attach debug containers at run time with `kubectl debug` when needed.',
    equivalents: { kyverno: ['other/block-ephemeral-containers'] },
  },
  (pod) => {
    const list = asArray(pod.spec.ephemeralContainers);
    if (!list.length) return undefined;
    const names = list.map((c, i) => asString(asObject(c).name) ?? `#${i}`);
    return { path: appendPointer(pod.path, 'ephemeralContainers'), message: `the pod declares ephemeral containers: ${names.join(', ')}` };
  },
  { podSpecs: true, podFeatures: ['ephemeralContainers'] },
);
