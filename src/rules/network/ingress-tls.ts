import { defineRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { stringList } from '../rbac/policy-rules';
import { describeIngress, INGRESS_KINDS, isIngress, tlsHostCovers } from './ingress';

/** Traffic through an Ingress without TLS travels in clear text. */
export const ingressTls = defineRule(
  {
    id: 'ingress-tls',
    title: 'Ingress without TLS',
    severity: 'warning',
    category: 'network',
    description:
      'An Ingress without `spec.tls` serves plain HTTP, so credentials and session cookies cross the network in clear text; an Ingress whose `tls` entries do not list one of its hosts serves that host without a matching certificate.',
    remediation: 'Add `spec.tls` with a Secret holding the certificate and list every host of `spec.rules` in `tls[].hosts` (cert-manager can issue the certificate).',
    equivalents: { 'polaris': ['tlsSettingsMissing'], 'kyverno': ['other/require-ingress-https', 'other/ingress-host-match-tls'] },
  },
  (object) => {
    if (!isIngress(object)) return [];
    const spec = asObject(object.manifest.spec);
    const tls = asArray(spec.tls).map(asObject);
    if (!tls.length) return [{ path: object.pointer('spec', 'tls'), message: `${describeIngress(object)} has no spec.tls and serves plain HTTP` }];
    // A tls entry without hosts applies the certificate to every host of the Ingress.
    if (tls.some((t) => !stringList(t.hosts).length)) return [];
    const patterns = tls.flatMap((t) => stringList(t.hosts));
    const out: Violation[] = [];
    asArray(spec.rules).forEach((rule, i) => {
      const host = asString(asObject(rule).host);
      if (host === undefined || host === '' || patterns.some((p) => tlsHostCovers(p, host))) return;
      out.push({ path: object.pointer('spec', 'rules', i, 'host'), message: `${describeIngress(object)} host "${host}" (rules[${i}]) is not listed in any spec.tls[].hosts` });
    });
    return out;
  },
  INGRESS_KINDS,
);
