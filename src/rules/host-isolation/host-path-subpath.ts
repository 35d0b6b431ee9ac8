import { describeContainer } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule, Violation } from '../../engine/rule';
import { asString } from '../../engine/values';
import { hostPathMounts } from './host-path';

/** subPath mounts of hostPath volumes (CVE-2021-25741). */
export const hostPathSubpath = definePodSpecRule(
  {
    id: 'host-path-subpath',
    title: 'subPath mount of a hostPath volume',
    severity: 'warning',
    category: 'host-isolation',
    description:
      'On kubelets without the CVE-2021-25741 fix (before 1.19.15, 1.20.11, 1.21.5, 1.22.2) a container can swap a `subPath` for a symlink and get the kubelet to mount any host file. Combined with a hostPath volume the attacker also controls the directory the symlink is resolved in.',
    remediation: 'Mount the hostPath volume without `subPath`/`subPathExpr` (point `hostPath.path` at the exact directory instead), and keep kubelets patched.',
    standards: { nsa: ['C-0058'] },
  },
  (pod) => {
    const mounts = hostPathMounts(pod);
    let out: Violation[] | undefined;
    for (let j = 0; j < mounts.length; j++) {
      const m = mounts[j];
      for (const field of ['subPath', 'subPathExpr']) {
        const value = asString(m.mount[field]);
        if (value === undefined || value.trim() === '') continue;
        (out ??= []).push({
          path: appendPointer(m.pointer, field),
          container: m.container.name,
          message: `${describeContainer(m.container)} mounts hostPath volume "${m.volume.name}" with ${field} "${value}" (CVE-2021-25741)`,
        });
      }
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['volumes'] },
);
