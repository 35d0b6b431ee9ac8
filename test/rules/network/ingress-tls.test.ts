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
