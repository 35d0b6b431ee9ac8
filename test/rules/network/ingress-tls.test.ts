import { ingressTls } from '../../../src/rules/network/ingress-tls';
import { tlsHostCovers } from '../../../src/rules/network/ingress';
import { runRule } from '../../support/manifests';

function ingress(spec: Record<string, unknown>, annotations: Record<string, string> = {}, apiVersion = 'networking.k8s.io/v1'): Record<string, unknown> {
  return { apiVersion, kind: 'Ingress', metadata: { name: 'web', namespace: 'team', annotations }, spec };
}

const RULES = [{ host: 'a.example.com' }, { host: 'b.example.com' }];

describe('ingress-tls', () => {
  test('reports an Ingress without spec.tls', () => {
    const findings = runRule(ingressTls, [ingress({ rules: RULES })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/spec', message: 'Ingress "web" has no spec.tls and serves plain HTTP' });
  });

  test('reports hosts not covered by any TLS entry, also for legacy apiVersions', () => {
    const findings = runRule(ingressTls, [ingress({ rules: RULES, tls: [{ hosts: ['a.example.com'], secretName: 'a' }] }, {}, 'extensions/v1beta1')]);
    expect(findings.map((f) => f.path)).toEqual(['/spec/rules/1/host']);
    expect(findings[0].message).toContain('"b.example.com" (rules[1])');
  });

  test('passes when every host is covered, by name or by a one-level wildcard', () => {
    expect(runRule(ingressTls, [ingress({ rules: RULES, tls: [{ hosts: ['*.example.com'], secretName: 'w' }] })])).toEqual([]);
    expect(runRule(ingressTls, [ingress({ rules: RULES, tls: [{ secretName: 'default' }] })])).toEqual([]);
  });

  test('wildcard certificates cover exactly one label', () => {
    expect(tlsHostCovers('*.example.com', 'a.example.com')).toBe(true);
    expect(tlsHostCovers('*.example.com', 'a.b.example.com')).toBe(false);
    expect(tlsHostCovers('*.example.com', 'example.com')).toBe(false);
  });
});

describe('ingress-tls: edge cases', () => {
  const findings = (manifests: unknown[]) => runRule(ingressTls, manifests).map((f) => [f.path, f.message]);

  test('an empty tls list is reported at the list; an unnamed Ingress is named by its kind', () => {
    expect(findings([ingress({ rules: RULES, tls: [] })])).toEqual([['/spec/tls', 'Ingress "web" has no spec.tls and serves plain HTTP']]);
    expect(findings([{ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', spec: { rules: RULES } }])).toEqual([['/spec', 'Ingress has no spec.tls and serves plain HTTP']]);
  });

  test('one tls entry without hosts covers every host, even next to entries with hosts', () => {
    expect(findings([ingress({ rules: RULES, tls: [{ hosts: ['a.example.com'], secretName: 'a' }, { secretName: 'default' }] })])).toEqual([]);
  });

  test('hosts may be covered by different tls entries; rules without a host are not checked', () => {
    const tls = [{ hosts: ['a.example.com'], secretName: 'a' }, { hosts: ['b.example.com'], secretName: 'b' }];
    expect(findings([ingress({ rules: [...RULES, { http: { paths: [] } }, { host: '' }], tls })])).toEqual([]);
    expect(findings([ingress({ rules: [{ host: 'c.example.com' }], tls })])).toEqual([
      ['/spec/rules/0/host', 'Ingress "web" host "c.example.com" (rules[0]) is not listed in any spec.tls[].hosts'],
    ]);
  });

  test('only networking.k8s.io and extensions Ingresses are checked', () => {
    expect(findings([ingress({ rules: RULES }, {}, 'voyager.appscode.com/v1beta1')])).toEqual([]);
    expect(findings([{ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } }])).toEqual([]);
  });
});
