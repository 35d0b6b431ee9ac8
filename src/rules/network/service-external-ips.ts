import { defineRule } from '../../engine/rule';
import { show } from '../../engine/describe';
import { asArray, asObject, asString } from '../../engine/values';
import { describeService, isService, SERVICE_KINDS } from './service';

/** CVE-2020-8554: externalIPs let a Service capture traffic meant for any IP. */
export const serviceExternalIps = defineRule(
  {
    id: 'service-external-ips',
    title: 'Service with externalIPs',
    severity: 'error',
    category: 'network',
    description:
      '`spec.externalIPs` makes kube-proxy on every node capture traffic to those IPs, whoever owns them; a tenant can intercept traffic to external services or other tenants (CVE-2020-8554).',
    remediation: 'Remove `spec.externalIPs`; use a LoadBalancer or an Ingress. Cluster administrators should deny the field with the DenyServiceExternalIPs admission plugin.',
    equivalents: { 'kyverno': ['best-practices/restrict-service-external-ips'], 'trivy': ['KSV108'] },
  },
  (object) => {
    if (!isService(object)) return [];
    const ips = asArray(asObject(object.manifest.spec).externalIPs);
    if (!ips.length) return [];
    const shown = ips.map((ip) => asString(ip) ?? show(ip)).join(', ');
    return [{ path: object.pointer('spec', 'externalIPs'), message: `${describeService(object)} sets spec.externalIPs (${shown}) and captures traffic to those addresses on every node` }];
  },
  SERVICE_KINDS,
);
