import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { isOn, isSet, typeNote } from '../../engine/values';

/** First minor version with user namespace support on by default. */
const FIRST_DEFAULT_MINOR = 33;

/** Recommends user namespaces (`hostUsers: false`). */
export const hostUsers = definePodSpecRule(
  {
    id: 'host-users',
    title: 'Pod without a user namespace',
    severity: 'info',
    category: 'host-isolation',
    description:
      'With `spec.hostUsers: false` the pod runs in its own user namespace: root inside the container maps to an unprivileged user on the node, which defuses most container escapes. It needs Linux, a runtime that supports it and Kubernetes 1.33+, where the feature is on by default: at older target versions the rule reports nothing. Pods that share a host namespace cannot use it.',
    remediation: 'Set `spec.hostUsers: false` (boolean) on Linux pods that do not use hostNetwork, hostPID or hostIPC.',
    equivalents: { kubesec: ['HostUsers'] },
  },
  (pod, _object, context) => {
    // Before 1.33 user namespaces sat behind a feature gate that is off by default.
    if (context.kubernetesVersion.minor < FIRST_DEFAULT_MINOR) return undefined;
    if (pod.osName === 'windows') return undefined;
    // The API refuses hostUsers=false together with host namespaces; other rules report those.
    if (isOn(pod.spec.hostNetwork) || isOn(pod.spec.hostPID) || isOn(pod.spec.hostIPC)) return undefined;
    const value = pod.spec.hostUsers;
    if (value === false) return undefined;
    const path = appendPointer(pod.path, 'hostUsers');
    const message = isSet(value)
      ? `the pod sets hostUsers=${show(value)}${typeNote(value, 'boolean')}, so it shares the node's user namespace`
      : 'the pod does not set hostUsers: false, so root in a container is root on the node';
    return { path, message };
  },
);
