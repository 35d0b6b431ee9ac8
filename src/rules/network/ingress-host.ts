import { defineRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { describeIngress, INGRESS_KINDS, isIngress } from './ingress';

/** Rules without a host, or with a wildcard host, take traffic meant for other applications. */
export const ingressHost = defineRule(
  {
    id: 'ingress-host',
    title: 'Ingress rule without a specific host',
    severity: 'warning',
    category: 'network',
    description:
      'An Ingress rule without `host` matches every hostname the controller serves, and a wildcard host (`*.example.com`) matches every subdomain: the Ingress can capture traffic meant for other applications or tenants, and TLS cannot be matched to it.',
    remediation: 'Give every rule a fully qualified `host`; if a wildcard is needed, keep it on a dedicated controller and suppress this finding with the reason.',
    equivalents: { kyverno: ['best-practices/disallow-empty-ingress-host', 'other/restrict-ingress-wildcard'] },
  },
  (object) => {
    if (!isIngress(object)) return [];
    const out: Violation[] = [];
    asArray(asObject(object.manifest.spec).rules).forEach((raw, i) => {
      const host = asString(asObject(raw).host);
      if (host === undefined || host.trim() === '') {
        out.push({ path: object.pointer('spec', 'rules', i), message: `${describeIngress(object)} rules[${i}] has no host and matches every hostname` });
      } else if (host.includes('*')) {
        out.push({ path: object.pointer('spec', 'rules', i, 'host'), message: `${describeIngress(object)} rules[${i}] host "${host}" is a wildcard` });
      }
    });
    return out;
  },
  INGRESS_KINDS,
);
