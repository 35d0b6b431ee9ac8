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

describe('ingress-nginx-snippet: message and prefixes', () => {
  test('names the Ingress and the annotation; any configured prefix counts', () => {
    const manifest = ingress({}, { 'nginx.ingress.kubernetes.io/server-snippet': 'x', 'custom.example.com/location-snippet': 'y' });
    const findings = runRule(ingressNginxSnippet, [manifest], { ruleOptions: { annotationPrefixes: ['nginx.ingress.kubernetes.io/', 'custom.example.com/'] } });
    expect(findings.map((f) => f.message)).toEqual([
      'Ingress "web" sets annotation "nginx.ingress.kubernetes.io/server-snippet", which injects raw nginx configuration',
      'Ingress "web" sets annotation "custom.example.com/location-snippet", which injects raw nginx configuration',
    ]);
  });

  test('only networking.k8s.io and extensions Ingresses are checked', () => {
    expect(runRule(ingressNginxSnippet, [ingress({}, { 'nginx.ingress.kubernetes.io/server-snippet': 'x' }, 'voyager.appscode.com/v1beta1')])).toEqual([]);
  });
});
