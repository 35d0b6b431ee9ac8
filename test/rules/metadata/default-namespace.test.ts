import { defaultNamespace } from '../../../src/rules/metadata/default-namespace';
import { deployment, runRule, safeContainer } from '../../support/manifests';

const cm = (metadata: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata });

describe('default-namespace', () => {
  test('reports a missing namespace and an explicit default', () => {
    const findings = runRule(defaultNamespace, [cm({ name: 'a' }), cm({ name: 'b', namespace: 'default' })]);
    expect(findings.map((f) => [f.resource.name, f.path])).toEqual([
      ['a', '/metadata'],
      ['b', '/metadata/namespace'],
    ]);
    expect(findings[0].message).toContain('has no metadata.namespace');
    expect(findings[1].message).toBe('ConfigMap is in the "default" namespace');
  });

  test('passes namespaced objects in another namespace and cluster-scoped kinds', () => {
    const objects = [
      deployment({ containers: [safeContainer()] }),
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'x' }, rules: [] },
    ];
    expect(runRule(defaultNamespace, objects)).toEqual([]);
  });

  test('custom cluster-scoped kinds can be declared', () => {
    const crd = { apiVersion: 'example.com/v1', kind: 'ClusterThing', metadata: { name: 'x' } };
    expect(runRule(defaultNamespace, [crd])).toHaveLength(1);
    expect(runRule(defaultNamespace, [crd], { ruleOptions: { clusterScopedKinds: ['ClusterThing'] } })).toEqual([]);
  });
});

describe('default-namespace: empty namespace', () => {
  test('an empty metadata.namespace counts as missing and is pointed at', () => {
    expect(runRule(defaultNamespace, [cm({ name: 'a', namespace: '' })]).map((f) => [f.path, f.message])).toEqual([
      ['/metadata/namespace', 'ConfigMap has no metadata.namespace, so it lands in the namespace it is applied to, usually "default"'],
    ]);
  });
});
