import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { asArray, asObject, asString, isSet } from '../../engine/values';

/** Pods should not rewrite /etc/hosts. */
export const hostAliases = definePodSpecRule(
  {
    id: 'host-aliases',
    title: 'hostAliases overrides name resolution',
    severity: 'warning',
    category: 'host-isolation',
    description:
      '`spec.hostAliases` writes entries into the pod\'s `/etc/hosts`, bypassing cluster DNS: a changed or mistyped manifest silently redirects traffic (including credentials) to another address, and the mapping goes stale when the target moves.',
    remediation: 'Remove `spec.hostAliases`; publish the name in DNS or use a Service (an ExternalName or a Service without selector plus EndpointSlice) instead.',
    equivalents: { kubesec: ['HostAliases'], trivy: ['KSV007'] },
  },
  (pod) => {
    const value = pod.spec.hostAliases;
    if (!isSet(value) || (Array.isArray(value) && value.length === 0)) return undefined;
    const hosts = asArray(value).flatMap((a) => asArray(asObject(a).hostnames).map(asString)).filter((h): h is string => h !== undefined);
    const detail = hosts.length ? `: ${hosts.slice(0, 5).join(', ')}${hosts.length > 5 ? ', …' : ''}` : '';
    return { path: appendPointer(pod.path, 'hostAliases'), message: `the pod overrides /etc/hosts with spec.hostAliases${detail}` };
  },
  { podSpecs: true, podFeatures: ['hostAliases'] },
);
