import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asArray, asObject, typeNote } from '../../engine/values';
import { definePssRule, PodCheck } from './versioned';

/** Namespaced sysctls PSA allows, by the minor version that added them. */
export const SAFE_SYSCTLS: ReadonlyArray<[number, readonly string[]]> = [
  [0, ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [29, ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
  [37, ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']],
];

/** The sysctls allowed at a minor version. */
export function safeSysctlsAt(minor: number): ReadonlySet<string> {
  return new Set(SAFE_SYSCTLS.filter(([since]) => since <= minor).flatMap(([, names]) => names));
}

function sysctlsCheck(minor: number): PodCheck {
  const allowed = safeSysctlsAt(minor);
  return (pod, _object, requested) => {
    const out: Violation[] = [];
    asArray(pod.securityContext.sysctls).forEach((entry, index) => {
      const name = asObject(entry).name;
      if (typeof name === 'string' && allowed.has(name)) return;
      const later = typeof name === 'string' ? SAFE_SYSCTLS.find(([, names]) => names.includes(name))?.[0] : undefined;
      out.push({
        path: joinPointer(pod.securityContextPath, 'sysctls', index, 'name'),
        message: `the pod sets the sysctl ${show(name ?? '')}${typeNote(name ?? '', 'string')}, which is not in the baseline allow-list at v1.${requested}${
          later !== undefined ? ` (it is allowed from v1.${later})` : ''
        }`,
      });
    });
    return out;
  };
}

/** PSS baseline `sysctls`: only namespaced, isolated sysctls from a version-dependent allow-list. */
export const sysctls = definePssRule(
  {
    id: 'pss-sysctls',
    title: 'Unsafe sysctls',
    severity: 'error',
    category: 'pod-security',
    description:
      'Sysctls outside the safe set can change kernel behaviour for every pod on the node or disable security mechanisms. Pod Security Standards baseline allows only an explicit list of namespaced sysctls, which grew in Kubernetes 1.27, 1.29, 1.32 and 1.37.',
    remediation:
      'Remove every entry of `spec.securityContext.sysctls` that is not in the allow-list of your Kubernetes version (1.0: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start; +1.27 net.ipv4.ip_local_reserved_ports; +1.29 net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl, tcp_keepalive_probes; +1.32 net.ipv4.tcp_rmem, tcp_wmem; +1.37 net.ipv4.tcp_slow_start_after_idle, tcp_notsent_lowat), or set it on the node instead.',
    standards: { pss: { level: 'baseline', control: 'sysctls' } },
    equivalents: {
      'kube-linter': ['unsafe-sysctls'],
      'kyverno': ['pod-security/baseline/restrict-sysctls'],
      'trivy': ['KSV026'],
    },
  },
  SAFE_SYSCTLS.map(([since]) => ({ since, check: sysctlsCheck(since) })),
  { podSpecs: true, podFeatures: ['sysctls'] },
);
