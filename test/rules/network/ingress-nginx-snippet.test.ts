import { ingressNginxSnippet } from '../../../src/rules/network/ingress-nginx-snippet';
import { runRule } from '../../support/manifests';

function ingress(spec: Record<string, unknown>, annotations: Record<string, string> = {}, apiVersion = 'networking.k8s.io/v1'): Record<string, unknown> {
  return { apiVersion, kind: 'Ingress', metadata: { name: 'web', namespace: 'team', annotations }, spec };
}

describe('ingress-nginx-snippet', () => {
  test('reports every *-snippet annotation of ingress-nginx, naming the key but not the value', () => {
    const findings = runRule(ingressNginxSnippet, [
      ingress({}, { 'nginx.ingress.kubernetes.io/configuration-snippet': 'more_set_headers "X: secret-value";', 'nginx.ingress.kubernetes.io/server-snippet': 'x' }),
    ]);
    expect(findings.map((f) => f.path)).toEqual([
      '/metadata/annotations/nginx.ingress.kubernetes.io~1configuration-snippet',
      '/metadata/annotations/nginx.ingress.kubernetes.io~1server-snippet',
    ]);
    expect(JSON.stringify(findings)).not.toContain('secret-value');
    expect(findings[0].severity).toBe('error');
  });

  test('passes other annotations and other controllers, unless their prefix is configured', () => {
    const other = ingress({}, { 'nginx.ingress.kubernetes.io/rewrite-target': '/', 'custom.example.com/server-snippet': 'x' });
    expect(runRule(ingressNginxSnippet, [other])).toEqual([]);
    expect(runRule(ingressNginxSnippet, [other], { ruleOptions: { annotationPrefixes: ['custom.example.com/'] } })).toHaveLength(1);
  });
});
