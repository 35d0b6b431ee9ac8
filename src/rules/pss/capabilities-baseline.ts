import { describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { NO_VIOLATIONS } from '../../engine/outcome-list';
import { Violation } from '../../engine/rule';
import { asArray, asObject, typeNote } from '../../engine/values';
import { ContainerView } from '../../engine/workload';
import { normalizeCapability } from './pod';
import { containerBehaviour, definePssRule } from './versioned';

/** Capabilities container runtimes grant by default; baseline lets containers add only these. */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD',
  'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/**
 * Explains why a capability name PSA rejects may look allowed: PSA compares names exactly, so
 * `chown` or `CAP_CHOWN` are not `CHOWN` (and runtimes may accept them, granting the capability).
 */
export function spellingNote(name: unknown, allowed: ReadonlySet<string>): string {
  if (typeof name !== 'string') return typeNote(name, 'string');
  const normal = normalizeCapability(name);
  return normal !== name && allowed.has(normal) ? ` (Pod Security Admission compares capability names exactly: write "${normal}")` : '';
}

/** Each entry of a container's `capabilities.add` that is not in `allowed`. */
export function forbiddenAdds(c: ContainerView, allowed: ReadonlySet<string>, allowedText: string): readonly Violation[] {
  const add = asArray(asObject(c.securityContext.capabilities).add);
  // Most containers add nothing: no list is made for them (two rules ask for every container).
  // Stryker disable next-line ConditionalExpression: fast path; forEach over an empty list reports nothing either
  if (!add.length) return NO_VIOLATIONS;
  const out: Violation[] = [];
  add.forEach((name, index) => {
    if (typeof name === 'string' && allowed.has(name)) return;
    out.push({
      path: joinPointer(c.securityContextPath, 'capabilities', 'add', index),
      container: c.name,
      message: `${describeContainer(c)} adds the capability ${show(name)}${spellingNote(name, allowed)}; ${allowedText}`,
    });
  });
  return out;
}

/** PSS baseline `capabilities_baseline`: no capabilities beyond the runtime default set. */
export const capabilitiesBaseline = definePssRule(
  {
    id: 'pss-capabilities-baseline',
    title: 'Added capabilities',
    severity: 'error',
    category: 'pod-security',
    description:
      'Capabilities beyond the runtime default set (for example SYS_ADMIN, NET_ADMIN, SYS_PTRACE) give a container root powers over the node kernel. Pod Security Standards baseline allows adding only the default set.',
    remediation:
      'In `securityContext.capabilities.add` of every container keep only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID or SYS_CHROOT, spelled exactly so (upper case, no CAP_ prefix).',
    standards: {
      pss: { level: 'baseline', control: 'capabilities_baseline' },
      cis: [{ id: '5.2.9', benchmark: '1.10' }],
      nsa: ['C-0046'],
    },
    equivalents: {
      checkov: ['CKV_K8S_25'],
      kyverno: ['pod-security/baseline/disallow-capabilities'],
      trivy: ['KSV022'],
    },
  },
  [
    {
      since: 0,
      check: containerBehaviour((c) => forbiddenAdds(c, BASELINE_CAPABILITIES, 'baseline allows adding only the runtime default capabilities')),
    },
  ],
);
