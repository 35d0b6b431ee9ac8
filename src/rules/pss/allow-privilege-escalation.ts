import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { isSet, typeNote } from '../../engine/values';
import { isWindowsPod } from './pod';
import { containerBehaviour, definePssRule, PodCheck } from './versioned';

/** Every container must set `allowPrivilegeEscalation: false` explicitly; Windows pods pass from 1.25. */
function allowPrivilegeEscalationCheck(windowsExempt: boolean): PodCheck {
  return containerBehaviour((c, pod) => {
    if (windowsExempt && isWindowsPod(pod)) return undefined;
    const value = c.securityContext.allowPrivilegeEscalation;
    if (value === false) return undefined;
    return {
      path: appendPointer(c.securityContextPath, 'allowPrivilegeEscalation'),
      container: c.name,
      message: isSet(value)
        ? `${describeContainer(c)} sets securityContext.allowPrivilegeEscalation=${show(value)}${typeNote(value, 'boolean')}`
        : `${describeContainer(c)} does not set securityContext.allowPrivilegeEscalation=false (unset allows escalation)`,
    };
  });
}

/** PSS restricted `allowPrivilegeEscalation` (1.8+): setuid binaries must not gain privileges. */
export const allowPrivilegeEscalation = definePssRule(
  {
    id: 'pss-allow-privilege-escalation',
    title: 'Privilege escalation',
    severity: 'error',
    category: 'pod-security',
    description:
      'Unless `allowPrivilegeEscalation` is explicitly `false`, a process can gain more privileges than its parent (setuid binaries, file capabilities). Pod Security Standards restricted requires `false` on every container from Kubernetes 1.8 (Windows pods are exempt from 1.25).',
    remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container, init container and ephemeral container.',
    standards: {
      pss: { level: 'restricted', control: 'allowPrivilegeEscalation' },
      cis: [{ id: '5.2.6', benchmark: '1.10' }],
      nsa: ['1.7', 'C-0016'],
    },
    equivalents: {
      'polaris': ['privilegeEscalationAllowed'],
      'kube-linter': ['privilege-escalation-container'],
      'kubesec': ['AllowPrivilegeEscalation'],
      'checkov': ['CKV_K8S_20'],
      'kyverno': ['pod-security/restricted/disallow-privilege-escalation'],
      'trivy': ['KSV001'],
    },
  },
  [
    { since: 8, check: allowPrivilegeEscalationCheck(false) },
    { since: 25, check: allowPrivilegeEscalationCheck(true) },
  ],
);
