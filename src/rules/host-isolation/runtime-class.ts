import { optionCache } from '../../engine/option-cache';
import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { asArray, asString, isSet } from '../../engine/values';

/** Recommends a sandboxed runtime class, optionally from an allow-list. */
export const runtimeClass = definePodSpecRule(
  {
    id: 'runtime-class',
    title: 'No sandboxed runtime class',
    severity: 'info',
    category: 'host-isolation',
    description:
      'A sandboxed RuntimeClass (gVisor, Kata Containers) puts a second kernel boundary between the workload and the node. Without `runtimeClassName` the pod shares the node kernel. With the option `allowedRuntimeClasses` set, only those classes pass; with it empty (the default) any class passes.',
    remediation: 'Set `spec.runtimeClassName` to a sandboxed RuntimeClass available in the cluster (for example `gvisor` or `kata`).',
    equivalents: { kyverno: ['psp-migration/restrict-runtimeClassName', 'psp-migration/add-runtimeClassName'] },
    defaultOptions: { allowedRuntimeClasses: [] },
  },
  (pod, _object, context) => {
    const value = pod.spec.runtimeClassName;
    const name = asString(value);
    const path = appendPointer(pod.path, 'runtimeClassName');
    if (!isSet(value) || name?.trim() === '') return { path, message: 'the pod sets no runtimeClassName and shares the node kernel' };
    if (name === undefined) return { path, message: `the pod sets runtimeClassName=${show(value)}, which is not a string` };
    const allowed = allowedClasses(context.options.allowedRuntimeClasses);
    if (allowed.length && !allowed.includes(name)) return { path, message: `the pod uses runtimeClassName "${name}", which is not one of the allowed classes ${allowed.join(', ')}` };
    return undefined;
  },
);

const allowedClasses = optionCache((value): readonly string[] => asArray(value).map(asString).filter((s): s is string => s !== undefined));
