import { ingressBackendMissing } from '../../../src/rules/cross-object/ingress-backend-missing';
import { runRule } from '../../support/manifests';
import { service } from './fixtures';

function ingress(paths: unknown[], extra: Record<string, unknown> = {}, apiVersion = 'networking.k8s.io/v1'): Record<string, unknown> {
  return { apiVersion, kind: 'Ingress', metadata: { name: 'web', namespace: 'team' }, spec: { rules: [{ host: 'a.example.com', http: { paths } }], ...extra } };
}
const backend = (name: string, port: Record<string, unknown>) => ({ path: '/', pathType: 'Prefix', backend: { service: { name, port } } });
const SVC = service('web', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }] });

describe('ingress-backend-missing', () => {
  test('reports a missing Service and a port the Service does not expose', () => {
    const findings = runRule(ingressBackendMissing, [SVC, ingress([backend('api', { number: 80 }), backend('web', { number: 8080 }), backend('web', { name: 'http' })])]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/rules/0/http/paths/0/backend/service/name', 'Ingress "web" routes to Service "api", which is not defined in namespace "team"'],
      ['/spec/rules/0/http/paths/1/backend/service/name', 'Ingress "web" routes to port 8080 of Service "web", which does not expose it'],
    ]);
  });

  test('checks the default backend and the legacy serviceName/servicePort form', () => {
    const legacy = ingress([{ path: '/', backend: { serviceName: 'old', servicePort: 80 } }], { backend: { serviceName: 'web', servicePort: 'http' } }, 'networking.k8s.io/v1beta1');
    expect(runRule(ingressBackendMissing, [SVC, legacy]).map((f) => f.path)).toEqual(['/spec/rules/0/http/paths/0/backend/serviceName']);
  });

  test('a Service in another namespace does not count; externalNames accepts Services made elsewhere', () => {
    const ing = ingress([backend('web', { number: 80 })]);
    expect(runRule(ingressBackendMissing, [service('web', { ports: [{ port: 80 }] }, 'other'), ing])).toHaveLength(1);
    expect(runRule(ingressBackendMissing, [ing], { ruleOptions: { externalNames: ['team/Service/web'] } })).toEqual([]);
    expect(runRule(ingressBackendMissing, [ing], { ruleOptions: { externalNames: ['other/Service/web'] } })).toHaveLength(1);
  });
});

describe('ingress-backend-missing: backends and ports', () => {
  const paths = (manifests: unknown[]): string[][] => runRule(ingressBackendMissing, manifests).map((f) => [f.path, f.message]);
  const TWO_PORTS = service('web', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] });

  test('a port matches by number or by name, on any port of the Service', () => {
    expect(paths([TWO_PORTS, ingress([backend('web', { number: 80 }), backend('web', { number: 443 }), backend('web', { name: 'https' })])])).toEqual([]);
    expect(paths([TWO_PORTS, ingress([backend('web', { name: 'grpc' })])])).toEqual([
      ['/spec/rules/0/http/paths/0/backend/service/name', 'Ingress "web" routes to port "grpc" of Service "web", which does not expose it'],
    ]);
  });

  test('a backend without a port only needs the Service', () => {
    expect(paths([TWO_PORTS, ingress([{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web' } } }])])).toEqual([]);
  });

  test('reports a missing default backend (spec.defaultBackend, or the legacy spec.backend)', () => {
    expect(paths([SVC, ingress([], { defaultBackend: { service: { name: 'fallback', port: { number: 80 } } } })])).toEqual([
      ['/spec/defaultBackend/service/name', 'Ingress "web" routes to Service "fallback", which is not defined in namespace "team"'],
    ]);
    expect(paths([SVC, ingress([], { backend: { serviceName: 'fallback', servicePort: 80 } }, 'networking.k8s.io/v1beta1')])).toEqual([
      ['/spec/backend/serviceName', 'Ingress "web" routes to Service "fallback", which is not defined in namespace "team"'],
    ]);
  });

  test('Ingress kinds of other API groups are ignored', () => {
    expect(paths([ingress([backend('api', { number: 80 })], {}, 'example.com/v1')])).toEqual([]);
  });
});
