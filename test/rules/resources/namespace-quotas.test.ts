import { namespaceLimitRange, namespaceResourceQuota } from '../../../src/rules/resources/namespace-quotas';
import { runRule } from '../../support/manifests';

const ns = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
const inNs = (kind: string, namespace: string) => ({ apiVersion: 'v1', kind, metadata: { name: 'x', namespace }, spec: {} });

describe.each([
  ['namespace-resource-quota', namespaceResourceQuota, 'ResourceQuota'],
  ['namespace-limit-range', namespaceLimitRange, 'LimitRange'],
] as const)('%s', (_id, rule, kind) => {
  test('passes when the namespace has the object, or no Namespace is declared', () => {
    expect(runRule(rule, [ns('team'), inNs(kind, 'team')])).toEqual([]);
    expect(runRule(rule, [inNs('ConfigMap', 'team')])).toEqual([]);
  });

  test('reports a Namespace without it; an object in another namespace does not count', () => {
    const [f] = runRule(rule, [ns('team'), inNs(kind, 'other')]);
    expect(f.resource).toMatchObject({ kind: 'Namespace', name: 'team' });
    expect(f.path).toBe('/metadata/name');
    expect(f.message).toBe(`Namespace "team" has no ${kind} among the checked manifests`);
  });
});

describe.each([
  ['namespace-resource-quota', namespaceResourceQuota, 'ResourceQuota'],
  ['namespace-limit-range', namespaceLimitRange, 'LimitRange'],
] as const)('%s: what counts', (_id, rule, kind) => {
  test('other objects in the namespace do not count and are not reported themselves', () => {
    expect(runRule(rule, [ns('team'), inNs('ConfigMap', 'team')]).map((f) => [f.resource.kind, f.message])).toEqual([
      ['Namespace', `Namespace "team" has no ${kind} among the checked manifests`],
    ]);
  });

  test('only named core v1 Namespaces are checked', () => {
    expect(runRule(rule, [{ apiVersion: 'v1', kind: 'Namespace', metadata: {} }])).toEqual([]);
    expect(runRule(rule, [{ apiVersion: 'example.com/v1', kind: 'Namespace', metadata: { name: 'team' } }])).toEqual([]);
  });
});
