import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { isSet, typeNote } from '../../engine/values';
import { usesUserNamespace } from './pod';
import { containerBehaviour, definePssRule, PodCheck } from './versioned';

/**
 * Containers whose `procMount` is set to anything but `Default`. With `relaxForUserNamespace`
 * (baseline from 1.35) pods with `hostUsers: false` pass, as PSA's `relaxPolicyForUserNamespacePod`.
 */
export function procMountCheck(relaxForUserNamespace: boolean): PodCheck {
  return containerBehaviour((c, pod) => {
    if (relaxForUserNamespace && usesUserNamespace(pod)) return undefined;
    const value = c.securityContext.procMount;
    if (!isSet(value) || value === 'Default') return undefined;
    return {
      path: appendPointer(c.securityContextPath, 'procMount'),
      container: c.name,
      message: `${describeContainer(c)} sets securityContext.procMount=${show(value)}${typeNote(value, 'string')}${
        relaxForUserNamespace ? ' while the pod shares the host user namespace' : ''
      }; only Default is allowed`,
    };
  });
}

export const PROC_MOUNT_EQUIVALENTS = {
  'polaris': ['procMount'],
  'kube-linter': ['unsafe-proc-mount'],
  'kyverno': ['pod-security/baseline/disallow-proc-mount'],
  'trivy': ['KSV027'],
};

/** PSS baseline `procMount`: /proc stays masked (relaxed for user-namespaced pods from 1.35). */
export const procMount = definePssRule(
  {
    id: 'pss-proc-mount',
    title: '/proc mount type',
    severity: 'error',
    category: 'pod-security',
    description:
      "An `Unmasked` /proc exposes kernel interfaces the runtime normally hides, which helps a process break out of the container. Pod Security Standards baseline requires the Default mount; from Kubernetes 1.35 it accepts other values when the pod runs in its own user namespace (`spec.hostUsers: false`).",
    remediation:
      'Remove `securityContext.procMount` or set it to `Default` on every container; from 1.35 an unmasked /proc is accepted at baseline only together with `spec.hostUsers: false`.',
    standards: { pss: { level: 'baseline', control: 'procMount' } },
    equivalents: PROC_MOUNT_EQUIVALENTS,
  },
  [
    { since: 0, check: procMountCheck(false) },
    { since: 35, check: procMountCheck(true) },
  ],
  { podSpecs: true, podFeatures: ['procMount'] },
);
