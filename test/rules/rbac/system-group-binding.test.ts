import { rbacSystemGroupBinding } from '../../../src/rules/rbac/system-group-binding';
import { runRule } from '../../support/manifests';
import { binding } from './fixtures';

const SA = { kind: 'ServiceAccount', name: 'app', namespace: 'team' };

describe('rbac-system-group-binding', () => {
  test.each(['system:masters', 'system:anonymous', 'system:unauthenticated', 'system:authenticated'])('reports a binding to %s', (group) => {
    const findings = runRule(rbacSystemGroupBinding, [binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'view' }, [SA, { kind: 'Group', name: group }])]);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe('/subjects/1/name');
    expect(findings[0].message).toContain(`subjects[1] is "${group}"`);
  });

  test('passes ordinary subjects and group names that only look similar', () => {
    expect(runRule(rbacSystemGroupBinding, [binding('RoleBinding', { kind: 'Role', name: 'r' }, [SA, { kind: 'Group', name: 'system:serviceaccounts:team' }])])).toEqual([]);
  });
});

describe('rbac-system-group-binding: edge cases', () => {
  test('only rbac.authorization.k8s.io bindings are checked', () => {
    const lookalike = { ...binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', name: 'system:masters' }]), apiVersion: 'example.com/v1' };
    expect(runRule(rbacSystemGroupBinding, [lookalike])).toEqual([]);
  });

  test('only RoleBindings and ClusterRoleBindings bind: subjects on a Role or ClusterRole are ignored', () => {
    const subjects = [{ kind: 'Group', name: 'system:masters' }];
    const roles = [
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'admin-ish' }, rules: [], subjects },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'admin-ish', namespace: 'team' }, rules: [], subjects },
    ];
    expect(runRule(rbacSystemGroupBinding, roles)).toEqual([]);
  });

  test('subjects named like built-in object properties are not system groups', () => {
    const b = binding('RoleBinding', { kind: 'Role', name: 'view' }, [{ kind: 'User', name: 'constructor' }, { kind: 'Group', name: 'toString' }, { kind: 'Group' }]);
    expect(runRule(rbacSystemGroupBinding, [b])).toEqual([]);
  });
});
