import { containerMessage, describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { isSet, typeNote } from '../../engine/values';
import { usesUserNamespace } from './pod';
import { definePssRule, PodCheck } from './versioned';

/**
 * PSA semantics: an explicit non-true value anywhere fails (even when the other level says true);
 * a container that leaves it unset is covered only by a pod-level `true`.
 */
function runAsNonRootCheck(relaxForUserNamespace: boolean): PodCheck {
  return (pod) => {
    if (relaxForUserNamespace && usesUserNamespace(pod)) return [];
    const out: Violation[] = [];
    const podValue = pod.securityContext.runAsNonRoot;
    if (isSet(podValue) && podValue !== true) {
      out.push({
        path: appendPointer(pod.securityContextPath, 'runAsNonRoot'),
        message: `the pod sets spec.securityContext.runAsNonRoot=${show(podValue)}${typeNote(podValue, 'boolean')}`,
      });
    }
    for (let i = 0; i < pod.containers.length; i++) {
      const c = pod.containers[i];
      const value = c.securityContext.runAsNonRoot;
      if (value === true) continue;
      if (isSet(value)) {
        out.push({
          path: appendPointer(c.securityContextPath, 'runAsNonRoot'),
          container: c.name,
          message: `${describeContainer(c)} sets securityContext.runAsNonRoot=${show(value)}${typeNote(value, 'boolean')}`,
        });
      } else if (podValue !== true) {
        out.push({
          path: appendPointer(c.securityContextPath, 'runAsNonRoot'),
          container: c.name,
          message: containerMessage(c, 'may run as root: neither it nor the pod sets securityContext.runAsNonRoot=true'),
        });
      }
    }
    return out;
  };
}

/** PSS restricted `runAsNonRoot`: containers must be required to run as a non-root user. */
export const runAsNonRoot = definePssRule(
  {
    id: 'pss-run-as-non-root',
    title: 'Run as non-root',
    severity: 'error',
    category: 'pod-security',
    description:
      'With `runAsNonRoot: true` the kubelet refuses to start a container whose user is root, so an image that runs as root cannot slip through. Pod Security Standards restricted requires it; from Kubernetes 1.35 pods in their own user namespace (`spec.hostUsers: false`) are exempt.',
    remediation:
      'Set `spec.securityContext.runAsNonRoot: true` on the pod (or `securityContext.runAsNonRoot: true` on every container, init container and ephemeral container), and never set it to `false`.',
    standards: {
      pss: { level: 'restricted', control: 'runAsNonRoot' },
      cis: [{ id: '5.2.7', benchmark: '1.10' }],
      nsa: ['1.0', 'C-0013'],
    },
    equivalents: {
      'polaris': ['runAsRootAllowed'],
      'kube-linter': ['run-as-non-root'],
      'kubesec': ['RunAsNonRoot'],
      'checkov': ['CKV_K8S_23'],
      'kyverno': ['pod-security/restricted/require-run-as-nonroot'],
      'trivy': ['KSV012'],
    },
  },
  [
    { since: 0, check: runAsNonRootCheck(false) },
    { since: 35, check: runAsNonRootCheck(true) },
  ],
);
