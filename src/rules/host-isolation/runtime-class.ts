import { optionCache } from '../../engine/option-cache';
import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { asArray, asString, isSet } from '../../engine/values';

/** Recommends a sandboxed runtime class, optionally from an allow-list. */
export const runtimeClass = defineRule(
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
  (object, context) => {
    const allowed = allowedClasses(context.options.allowedRuntimeClasses);
    const out: Violation[] = [];
    for (let i = 0; i < object.podSpecs.length; i++) {
      const pod = object.podSpecs[i];
      const value = pod.spec.runtimeClassName;
      const name = asString(value);
      const path = joinPointer(pod.path, 'runtimeClassName');
      if (!isSet(value) || name?.trim() === '') {
        out.push({ path, message: 'the pod sets no runtimeClassName and shares the node kernel' });
      } else if (name === undefined) {
        out.push({ path, message: `the pod sets runtimeClassName=${show(value)}, which is not a string` });
      } else if (allowed.length && !allowed.includes(name)) {
        out.push({ path, message: `the pod uses runtimeClassName "${name}", which is not one of the allowed classes ${allowed.join(', ')}` });
      }
    }
    return out;
  },
  { podSpecs: true },
);

const allowedClasses = optionCache((value): readonly string[] => asArray(value).map(asString).filter((s): s is string => s !== undefined));
