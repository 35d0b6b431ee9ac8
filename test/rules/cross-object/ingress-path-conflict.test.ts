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

describe('ingress-path-conflict: classes, defaults and messages', () => {
  const messages = (manifests: unknown[]): string[] => runRule(ingressPathConflict, manifests).map((f) => f.message);

  test('a conflict inside one namespace names the other Ingress without a namespace', () => {
    expect(messages([ingress('a', 'team', 'shop.example.com', ['/']), ingress('b', 'team', 'shop.example.com', ['/'])])).toEqual([
      'Ingress "b" routes host "shop.example.com" path "/", which Ingress "a" already routes',
    ]);
  });

  test('rules without host match every host ("*"), and paths without path mean "/"', () => {
    const hostless = (name: string) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name, namespace: 'team' },
      spec: { rules: [{ http: { paths: [{ pathType: 'ImplementationSpecific', backend: { service: { name: 's', port: { number: 80 } } } }] } }] },
    });
    expect(messages([hostless('a'), hostless('b')])).toEqual(['Ingress "b" routes host "*" path "/", which Ingress "a" already routes']);
  });

  test('two different ingress classes do not conflict', () => {
    expect(messages([ingress('a', 'team', 'shop.example.com', ['/'], 'public'), ingress('b', 'team', 'shop.example.com', ['/'], 'internal')])).toEqual([]);
  });

  test('the legacy kubernetes.io/ingress.class annotation separates classes', () => {
    const annotated = ingress('b', 'team', 'shop.example.com', ['/']) as { metadata: Record<string, unknown> };
    annotated.metadata.annotations = { 'kubernetes.io/ingress.class': 'internal' };
    expect(messages([ingress('a', 'team', 'shop.example.com', ['/']), annotated])).toEqual([]);
    expect(messages([ingress('a', 'team', 'shop.example.com', ['/'], 'internal'), annotated])).toHaveLength(1);
  });

  test('Ingress kinds of other API groups are ignored', () => {
    const foreign = { ...ingress('b', 'team', 'shop.example.com', ['/']), apiVersion: 'example.com/v1' };
    expect(messages([ingress('a', 'team', 'shop.example.com', ['/']), foreign])).toEqual([]);
  });
});

describe('ingress-path-conflict: empty class names', () => {
  const messages = (manifests: unknown[]): string[] => runRule(ingressPathConflict, manifests).map((f) => f.message);
  /** An Ingress on shop.example.com/ with the given spec.ingressClassName and annotations (unlike ingress(), an empty class name is kept). */
  const withClass = (name: string, ingressClassName: string | undefined, annotations: Record<string, string> = {}) => {
    const manifest = ingress(name, 'team', 'shop.example.com', ['/']) as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
    if (ingressClassName !== undefined) manifest.spec.ingressClassName = ingressClassName;
    manifest.metadata.annotations = annotations;
    return manifest;
  };
  const CONFLICT = ['Ingress "b" routes host "shop.example.com" path "/", which Ingress "a" already routes'];

  test('an empty ingressClassName names no class: it is the default class, like none', () => {
    expect(messages([withClass('a', undefined), withClass('b', '')])).toEqual(CONFLICT);
    expect(messages([withClass('a', ''), withClass('b', undefined)])).toEqual(CONFLICT);
  });

  test('an empty legacy class annotation is the default class too', () => {
    expect(messages([withClass('a', undefined), withClass('b', undefined, { 'kubernetes.io/ingress.class': '' })])).toEqual(CONFLICT);
  });

  test('with an empty ingressClassName the legacy annotation decides the class', () => {
    const internal = { 'kubernetes.io/ingress.class': 'internal' };
    expect(messages([withClass('a', undefined), withClass('b', '', internal)])).toEqual([]);
    expect(messages([withClass('a', 'internal'), withClass('b', '', internal)])).toEqual(CONFLICT);
  });
});
