import { ingressPathConflict } from '../../../src/rules/cross-object/ingress-path-conflict';
import { runRule } from '../../support/manifests';

function ingress(name: string, namespace: string, host: string, paths: string[], ingressClassName?: string): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace },
    spec: {
      ...(ingressClassName ? { ingressClassName } : {}),
      rules: [{ host, http: { paths: paths.map((path) => ({ path, pathType: 'Prefix', backend: { service: { name: 's', port: { number: 80 } } } })) } }],
    },
  };
}

describe('ingress-path-conflict', () => {
  test('reports a host and path claimed twice, across namespaces', () => {
    const findings = runRule(ingressPathConflict, [ingress('shop', 'team-a', 'shop.example.com', ['/', '/api']), ingress('evil', 'team-b', 'shop.example.com', ['/api'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      resource: { name: 'evil', namespace: 'team-b' },
      path: '/spec/rules/0/http/paths/0/path',
      message: 'Ingress "evil" routes host "shop.example.com" path "/api", which Ingress "shop" in namespace "team-a" already routes',
    });
  });

  test('reports duplicates inside one Ingress', () => {
    const [finding] = runRule(ingressPathConflict, [ingress('shop', 'team', 'shop.example.com', ['/', '/'])]);
    expect(finding.message).toContain('which an earlier rule of the same Ingress already routes');
  });

  test('passes different hosts, paths or ingress classes', () => {
    const objects = [
      ingress('a', 't', 'a.example.com', ['/']),
      ingress('b', 't', 'b.example.com', ['/']),
      ingress('c', 't', 'a.example.com', ['/c']),
      ingress('d', 't', 'a.example.com', ['/'], 'internal'),
    ];
    expect(runRule(ingressPathConflict, objects)).toEqual([]);
  });
});
