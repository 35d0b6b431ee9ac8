import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asObject, isObject, isSet, typeNote } from '../../engine/values';
import { notObjectNote } from './pod';
import { definePssRule, PodCheck, securityContextBehaviour } from './versioned';

const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
/** 1.31 allows the type container runtimes use for nested container engines. */
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t'];

function seLinuxCheck(allowedTypes: readonly string[]): PodCheck {
  const allowed = new Set(allowedTypes);
  const list = allowedTypes.filter((t) => t !== '').join(', ');
  return securityContextBehaviour((sc, scPath, c) => {
    const options = sc.seLinuxOptions;
    if (!isSet(options)) return undefined;
    const where = c ? `${describeContainer(c)} sets securityContext.seLinuxOptions` : 'the pod sets spec.securityContext.seLinuxOptions';
    const container = c ? { container: c.name } : {};
    const base = appendPointer(scPath, 'seLinuxOptions');
    if (!isObject(options)) return { path: base, ...container, message: `${where}=${show(options)}${notObjectNote(options)}` };
    const out: Violation[] = [];
    const type = asObject(options).type;
    if (isSet(type) && !(typeof type === 'string' && allowed.has(type))) {
      out.push({
        path: appendPointer(base, 'type'),
        ...container,
        message: `${where}.type=${show(type)}${typeNote(type, 'string')}; allowed types are ${list} (or none)`,
      });
    }
    for (const field of ['user', 'role']) {
      const value = options[field];
      if (!isSet(value) || value === '') continue;
      out.push({
        path: appendPointer(base, field),
        ...container,
        message: `${where}.${field}=${show(value)}${typeNote(value, 'string')}; setting the SELinux ${field} is forbidden`,
      });
    }
    return out;
  });
}

/** PSS baseline `seLinuxOptions`: no custom SELinux user/role, and only the container SELinux types. */
export const seLinux = definePssRule(
  {
    id: 'pss-selinux',
    title: 'SELinux options',
    severity: 'error',
    category: 'pod-security',
    description:
      'A custom SELinux user, role or type can lift the SELinux confinement of a container on nodes that enforce SELinux. Pod Security Standards baseline allows only the standard container types (`container_engine_t` from Kubernetes 1.31) and no user or role.',
    remediation:
      'In `seLinuxOptions` of the pod and of every container, remove `user` and `role`, and set `type` only to `container_t`, `container_init_t`, `container_kvm_t` or (from 1.31) `container_engine_t`, or leave it unset. `level` may be set.',
    standards: { pss: { level: 'baseline', control: 'seLinuxOptions' }, nsa: ['1.8'] },
    equivalents: {
      polaris: ['linuxHardening'],
      kyverno: ['pod-security/baseline/disallow-selinux'],
      trivy: ['KSV025'],
    },
  },
  [
    { since: 0, check: seLinuxCheck(TYPES_1_0) },
    { since: 31, check: seLinuxCheck(TYPES_1_31) },
  ],
  { podSpecs: true, podFeatures: ['seLinuxOptions'] },
);
