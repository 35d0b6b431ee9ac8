import { rbacClusterAdminBinding } from '../../../src/rules/rbac/cluster-admin-binding';
import { runRule } from '../../support/manifests';
import { binding } from './fixtures';

const SA = { kind: 'ServiceAccount', name: 'app', namespace: 'team' };

describe('rbac-cluster-admin-binding', () => {
  test('reports ClusterRoleBindings and RoleBindings to cluster-admin', () => {
    const findings = runRule(rbacClusterAdminBinding, [
      binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'cluster-admin' }, [SA], 'crb'),
      binding('RoleBinding', { kind: 'ClusterRole', name: 'cluster-admin' }, [SA], 'rb'),
    ]);
    expect(findings.map((f) => [f.resource.name, f.path])).toEqual([
      ['crb', '/roleRef/name'],
      ['rb', '/roleRef/name'],
    ]);
    expect(findings[0].message).toContain('the whole cluster');
    expect(findings[1].message).toContain('namespace "team"');
  });

  test('passes bindings to other roles, and a namespaced Role that happens to be called cluster-admin', () => {
    expect(
      runRule(rbacClusterAdminBinding, [
        binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'view' }, [SA]),
        binding('RoleBinding', { kind: 'Role', name: 'cluster-admin' }, [SA]),
      ]),
    ).toEqual([]);
  });
});

describe('rbac-cluster-admin-binding: edge cases', () => {
  test('a roleRef without kind still refers to the ClusterRole; a RoleBinding without namespace says so', () => {
    const rb = { ...binding('RoleBinding', { name: 'cluster-admin' }, [SA]), metadata: { name: 'rb' } };
    expect(runRule(rbacClusterAdminBinding, [rb]).map((f) => [f.path, f.message])).toEqual([
      ['/roleRef/name', 'RoleBinding "rb" binds ClusterRole cluster-admin, which grants every permission in namespace "(unspecified)"'],
    ]);
  });

  test('only rbac.authorization.k8s.io bindings are checked', () => {
    const lookalike = { ...binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'cluster-admin' }, [SA]), apiVersion: 'example.com/v1' };
    expect(runRule(rbacClusterAdminBinding, [lookalike])).toEqual([]);
  });
});
