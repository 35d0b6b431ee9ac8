import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule, Violation } from '../../engine/rule';
import { isSet, typeNote } from '../../engine/values';
import { hostPathMounts } from './host-path';

/** hostPath volumes must be mounted read-only. */
export const writableHostMount = definePodSpecRule(
  {
    id: 'writable-host-mount',
    title: 'Writable hostPath mount',
    severity: 'error',
    category: 'host-isolation',
    description:
      'A container that can write to a host directory can plant files the node or other pods later execute or trust (cron jobs, kubelet manifests, symlinks followed by the kubelet), and can fill the node\'s disk.',
    remediation: 'Set `readOnly: true` on every volumeMount of a hostPath volume, or replace the hostPath with an emptyDir or a PersistentVolumeClaim.',
    equivalents: {
      'kube-linter': ['writable-host-mount'],
      'kyverno': ['other/ensure-readonly-hostpath'],
    },
  },
  (pod) => {
    const mounts = hostPathMounts(pod);
    let out: Violation[] | undefined;
    for (let j = 0; j < mounts.length; j++) {
      const m = mounts[j];
      const value = m.mount.readOnly;
      // Only a real `true` makes the mount read-only; the API rejects anything else.
      if (value === true) continue;
      const state = isSet(value) ? `readOnly=${show(value)}${typeNote(value, 'boolean')}` : 'no readOnly: true';
      (out ??= []).push({
        path: appendPointer(m.pointer, 'readOnly'),
        container: m.container.name,
        message: `${describeContainer(m.container)} mounts hostPath volume "${m.volume.name}" ("${m.volume.rawPath}") writable (${state})`,
      });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['volumes'] },
);
