import { containerMessage } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { forbiddenSeccompMessage, readSeccomp } from './seccomp-profile';
import { isWindowsPod } from './pod';
import { definePssRule, PodCheck } from './versioned';

/**
 * The pod or every container must select RuntimeDefault or Localhost: a container may inherit the
 * pod's profile, and the pod level may stay unset when every container sets one. From 1.25 pods
 * with `spec.os.name: windows` pass (seccomp is Linux-only).
 */
function seccompRestrictedCheck(windowsExempt: boolean): PodCheck {
  return (pod) => {
    if (windowsExempt && isWindowsPod(pod)) return [];
    const out: Violation[] = [];
    const podSetting = readSeccomp(pod.securityContext, pod.securityContextPath);
    if (podSetting.state === 'forbidden') out.push({ path: podSetting.path, message: forbiddenSeccompMessage(podSetting.detail) });
    for (let i = 0; i < pod.containers.length; i++) {
      const c = pod.containers[i];
      const setting = readSeccomp(c.securityContext, c.securityContextPath);
      if (setting.state === 'forbidden') {
        out.push({ path: setting.path, container: c.name, message: forbiddenSeccompMessage(setting.detail, c) });
      } else if (setting.state === 'unset' && podSetting.state !== 'allowed') {
        out.push({
          path: joinPointer(c.securityContextPath, 'seccompProfile', 'type'),
          container: c.name,
          message: containerMessage(c, 'has no seccomp profile: neither it nor the pod sets seccompProfile.type to RuntimeDefault or Localhost'),
        });
      }
    }
    return out;
  };
}

/** PSS restricted `seccompProfile_restricted` (1.19+): a seccomp profile must be set explicitly. */
export const seccompRestricted = definePssRule(
  {
    id: 'pss-seccomp-restricted',
    title: 'Seccomp profile required',
    severity: 'error',
    category: 'pod-security',
    description:
      'Without an explicit seccomp profile many runtimes run containers unconfined, with the whole kernel system-call interface open. Pod Security Standards restricted requires `RuntimeDefault` or `Localhost` from Kubernetes 1.19 (Windows pods are exempt from 1.25).',
    remediation:
      'Set `spec.securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a `localhostProfile`), or set it on every container, init container and ephemeral container.',
    standards: {
      pss: { level: 'restricted', control: 'seccompProfile_restricted', overrides: 'seccompProfile_baseline' },
      cis: [
        { id: '5.7.2', benchmark: '1.10' },
        { id: '5.6.2', benchmark: '1.12' },
      ],
      nsa: ['1.10', 'C-0055'],
    },
    equivalents: {
      'polaris': ['linuxHardening'],
      'kube-score': ['container-seccomp-profile'],
      'kubesec': ['SeccompAny'],
      'checkov': ['CKV_K8S_31'],
      'kyverno': ['pod-security/restricted/restrict-seccomp-strict'],
      'trivy': ['KSV030'],
    },
  },
  [
    { since: 19, check: seccompRestrictedCheck(false) },
    { since: 25, check: seccompRestrictedCheck(true) },
  ],
);
