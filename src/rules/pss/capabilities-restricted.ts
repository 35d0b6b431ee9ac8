import { containerMessage, describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asArray, asObject, isSet } from '../../engine/values';
import { forbiddenAdds } from './capabilities-baseline';
import { isWindowsPod } from './pod';
import { containerBehaviour, definePssRule, PodCheck } from './versioned';

const RESTRICTED_ADDS: ReadonlySet<string> = new Set(['NET_BIND_SERVICE']);

/** Every container drops ALL (exact spelling) and adds nothing but NET_BIND_SERVICE; Windows pods pass from 1.25. */
function capabilitiesRestrictedCheck(windowsExempt: boolean): PodCheck {
  return containerBehaviour((c, pod) => {
    if (windowsExempt && isWindowsPod(pod)) return undefined;
    const capabilities = asObject(c.securityContext.capabilities);
    const drop = asArray(capabilities.drop);
    const adds = forbiddenAdds(c, RESTRICTED_ADDS, 'restricted allows adding only NET_BIND_SERVICE');
    if (drop.includes('ALL')) return adds;
    const nearMiss = drop.find((d) => typeof d === 'string' && d !== 'ALL' && d.trim().toUpperCase() === 'ALL');
    const dropPath = joinPointer(c.securityContextPath, 'capabilities', 'drop');
    const missing: Violation = {
      path: dropPath,
      container: c.name,
      message:
        nearMiss !== undefined
          ? `${describeContainer(c)} drops ${show(nearMiss)} but not "ALL" (Pod Security Admission compares capability names exactly)`
          : isSet(capabilities.drop)
            ? `${describeContainer(c)} does not drop ALL capabilities (capabilities.drop is ${show(capabilities.drop)})`
            : containerMessage(c, 'does not drop ALL capabilities'),
    };
    return adds.length ? [missing, ...adds] : missing;
  });
}

/** PSS restricted `capabilities_restricted` (1.22+): drop ALL, add at most NET_BIND_SERVICE. */
export const capabilitiesRestricted = definePssRule(
  {
    id: 'pss-capabilities-restricted',
    title: 'Capabilities not dropped',
    severity: 'error',
    category: 'pod-security',
    description:
      'Even the runtime default capabilities (for example NET_RAW, SETUID, DAC_OVERRIDE) help an attacker inside a container. Pod Security Standards restricted requires every container to drop ALL capabilities and allows adding back only NET_BIND_SERVICE, from Kubernetes 1.22 (Windows pods are exempt from 1.25).',
    remediation:
      'Set `securityContext.capabilities.drop: ["ALL"]` on every container, init container and ephemeral container, and remove every `capabilities.add` entry except `NET_BIND_SERVICE`.',
    standards: {
      pss: { level: 'restricted', control: 'capabilities_restricted', overrides: 'capabilities_baseline' },
      cis: [
        { id: '5.2.10', benchmark: '1.10' },
        { id: '5.2.9', benchmark: '1.12' },
      ],
      nsa: ['C-0055'],
    },
    equivalents: {
      polaris: ['insecureCapabilities'],
      kubesec: ['CapDropAll'],
      checkov: ['CKV_K8S_37'],
      kyverno: ['pod-security/restricted/disallow-capabilities-strict'],
      trivy: ['KSV003', 'KSV004', 'KSV106'],
    },
  },
  [
    { since: 22, check: capabilitiesRestrictedCheck(false) },
    { since: 25, check: capabilitiesRestrictedCheck(true) },
  ],
);
