import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { asInteger } from '../../engine/values';
import { scField, usesUserNamespace, who } from './pod';
import { definePssRule, PodCheck, securityContextBehaviour } from './versioned';

/** UID 0 set explicitly anywhere fails (a container's non-zero UID does not excuse a pod-level 0). */
function runAsUserCheck(relaxForUserNamespace: boolean): PodCheck {
  return securityContextBehaviour((sc, scPath, c, pod) => {
    if (relaxForUserNamespace && usesUserNamespace(pod)) return undefined;
    const value = sc.runAsUser;
    if (asInteger(value) !== 0) return undefined;
    return {
      path: appendPointer(scPath, 'runAsUser'),
      ...(c ? { container: c.name } : {}),
      message: `${who(c)} sets ${scField(c, 'runAsUser')}=${show(value)}, the root user`,
    };
  });
}

/** PSS restricted `runAsUser` (1.23+): no explicit UID 0. */
export const runAsUser = definePssRule(
  {
    id: 'pss-run-as-user',
    title: 'Run as non-root user',
    severity: 'error',
    category: 'pod-security',
    description:
      'An explicit `runAsUser: 0` runs the container as root. Pod Security Standards restricted forbids it from Kubernetes 1.23; from 1.35 pods in their own user namespace (`spec.hostUsers: false`) are exempt.',
    remediation: 'Remove `runAsUser: 0` from the pod and every container, or set a non-zero UID (for example `runAsUser: 10001`).',
    standards: {
      pss: { level: 'restricted', control: 'runAsUser' },
      cis: [{ id: '5.2.7', benchmark: '1.10' }],
      nsa: ['1.0'],
    },
    equivalents: {
      'polaris': ['runAsRootAllowed'],
      'kube-linter': ['run-as-non-root'],
      'checkov': ['CKV_K8S_23'],
      'kyverno': ['pod-security/restricted/require-run-as-non-root-user'],
      'trivy': ['KSV105'],
    },
  },
  [
    { since: 23, check: runAsUserCheck(false) },
    { since: 35, check: runAsUserCheck(true) },
  ],
  { podSpecs: true, podFeatures: ['runAsUser'] },
);
