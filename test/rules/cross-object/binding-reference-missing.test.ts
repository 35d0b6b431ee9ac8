import { bindingReferenceMissing } from '../../../src/rules/cross-object/binding-reference-missing';
import { runRule } from '../../support/manifests';
import { binding, clusterRole, role } from '../rbac/fixtures';
import { object } from './fixtures';

const SA = (name: string, namespace?: string) => ({ kind: 'ServiceAccount', name, ...(namespace ? { namespace } : {}) });

describe('binding-reference-missing', () => {
  test('reports a missing Role and a missing ServiceAccount subject', () => {
    const findings = runRule(bindingReferenceMissing, [binding('RoleBinding', { kind: 'Role', name: 'reader' }, [SA('app', 'team')])]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/roleRef/name', 'RoleBinding "b" refers to Role "reader", which is not defined in namespace "team"'],
      ['/subjects/0/name', 'RoleBinding "b" subjects[0] is ServiceAccount "app", which is not defined in namespace "team"'],
    ]);
  });

  test('passes defined objects, built-in ClusterRoles and the default ServiceAccount', () => {
    const objects = [
      role([], 'reader'),
      object('ServiceAccount', 'app'),
      binding('RoleBinding', { kind: 'Role', name: 'reader' }, [SA('app')]),
      binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'view' }, [SA('default', 'team')], 'crb'),
      binding('RoleBinding', { kind: 'ClusterRole', name: 'system:auth-delegator' }, [{ kind: 'User', name: 'alice' }], 'rb2'),
    ];
    expect(runRule(bindingReferenceMissing, objects)).toEqual([]);
  });

  test('a Role in another namespace does not satisfy the binding; ClusterRoles are cluster-wide', () => {
    const findings = runRule(bindingReferenceMissing, [role([], 'reader', 'other'), clusterRole([], 'custom'), binding('RoleBinding', { kind: 'Role', name: 'reader' }, []), binding('RoleBinding', { kind: 'ClusterRole', name: 'custom' }, [], 'b2')]);
    expect(findings.map((f) => f.resource.name)).toEqual(['b']);
  });

  test('a ClusterRoleBinding to a Role is reported as invalid', () => {
    const [finding] = runRule(bindingReferenceMissing, [role([], 'reader'), binding('ClusterRoleBinding', { kind: 'Role', name: 'reader' }, [], 'crb')]);
    expect(finding).toMatchObject({ path: '/roleRef/kind', message: 'ClusterRoleBinding "crb" refers to a Role; a ClusterRoleBinding can only bind a ClusterRole and the API rejects it' });
  });

  test('externalNames lists objects created elsewhere; "*" turns the check off', () => {
    const b = binding('RoleBinding', { kind: 'Role', name: 'reader' }, [SA('ci', 'team')]);
    expect(runRule(bindingReferenceMissing, [b], { ruleOptions: { externalNames: ['Role/reader', 'team/ServiceAccount/c*'] } })).toEqual([]);
    expect(runRule(bindingReferenceMissing, [b], { ruleOptions: { externalNames: ['*'] } })).toEqual([]);
  });
});
