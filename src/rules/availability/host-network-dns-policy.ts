import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { asString, isOn } from '../../engine/values';

/** hostNetwork pods need dnsPolicy ClusterFirstWithHostNet to resolve cluster names. */
export const hostNetworkDnsPolicy = definePodSpecRule(
  {
    id: 'host-network-dns-policy',
    title: 'hostNetwork pod without ClusterFirstWithHostNet',
    severity: 'warning',
    category: 'availability',
    description:
      'A pod on the host network with the default `dnsPolicy: ClusterFirst` silently falls back to the node\'s resolver, so Service names (`*.svc.cluster.local`) do not resolve. `ClusterFirstWithHostNet` keeps cluster DNS; `Default` or `None` are deliberate choices and pass.',
    remediation: 'Set `spec.dnsPolicy: ClusterFirstWithHostNet` on pods with `hostNetwork: true` (or `Default` if the pod really should use only the node\'s resolver).',
  },
  (pod) => {
    if (!isOn(pod.spec.hostNetwork)) return undefined;
    const policy = asString(pod.spec.dnsPolicy);
    if (policy !== undefined && policy !== 'ClusterFirst') return undefined;
    return {
      path: appendPointer(pod.path, 'dnsPolicy'),
      message: `the pod uses hostNetwork with dnsPolicy ${policy ?? 'unset (ClusterFirst)'}, so cluster Service names do not resolve`,
    };
  },
  { podSpecs: true, podFeatures: ['hostNamespaces'] },
);
