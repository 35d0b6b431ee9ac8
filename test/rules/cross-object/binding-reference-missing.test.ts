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

describe('binding-reference-missing: role references', () => {
  const run = (manifests: unknown[], externalNames?: string[]): string[][] =>
    runRule(bindingReferenceMissing, manifests, externalNames ? { ruleOptions: { externalNames } } : {}).map((f) => [f.path, f.message]);
  const readerBinding = binding('RoleBinding', { kind: 'Role', name: 'reader' }, []);
  const MISSING_READER = [['/roleRef/name', 'RoleBinding "b" refers to Role "reader", which is not defined in namespace "team"']];

  test('a missing ClusterRole is reported without a namespace', () => {
    expect(run([binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'custom' }, [], 'crb')])).toEqual([
      ['/roleRef/name', 'ClusterRoleBinding "crb" refers to ClusterRole "custom", which is not defined'],
    ]);
  });

  test('built-in ClusterRoles and Roles count as defined', () => {
    const builtIn = ['cluster-admin', 'admin', 'edit', 'view', 'system:auth-delegator'].map((name, i) => binding('RoleBinding', { kind: 'ClusterRole', name }, [], `c${i}`));
    const builtInRoles = ['system:controller:bootstrap-signer', 'extension-apiserver-authentication-reader'].map((name, i) => binding('RoleBinding', { kind: 'Role', name }, [], `r${i}`));
    expect(run([...builtIn, ...builtInRoles])).toEqual([]);
  });

  test('built-in names are not built in for the other role kind, nor as a suffix', () => {
    expect(run([binding('RoleBinding', { kind: 'Role', name: 'edit' }, [])])).toEqual([['/roleRef/name', 'RoleBinding "b" refers to Role "edit", which is not defined in namespace "team"']]);
    expect(run([binding('RoleBinding', { kind: 'Role', name: 'not-system:' }, [])])).toEqual([['/roleRef/name', 'RoleBinding "b" refers to Role "not-system:", which is not defined in namespace "team"']]);
  });

  test('roleRefs without a name or of an unknown kind are not looked up', () => {
    expect(run([binding('RoleBinding', { kind: 'Role' }, [])])).toEqual([]);
    expect(run([binding('RoleBinding', { kind: 'Group', name: 'x' }, [])])).toEqual([]);
  });

  test('RoleBinding kinds outside the rbac.authorization.k8s.io group are ignored', () => {
    expect(run([{ ...readerBinding, apiVersion: 'example.com/v1' }])).toEqual([]);
  });

  test('externalNames match whole names, literally, of the given kind and namespace', () => {
    expect(run([readerBinding], ['Role/read'])).toEqual(MISSING_READER);
    expect(run([readerBinding], ['Role/eader'])).toEqual(MISSING_READER);
    expect(run([readerBinding], ['ServiceAccount/reader'])).toEqual(MISSING_READER);
    expect(run([readerBinding], ['other/Role/reader'])).toEqual(MISSING_READER);
    expect(run([readerBinding], ['team/Role/reader'])).toEqual([]);
    expect(run([readerBinding], ['reader'])).toEqual([]);
    const dotted = binding('RoleBinding', { kind: 'Role', name: 'app.reader' }, []);
    expect(run([dotted], ['Role/app.reader'])).toEqual([]);
    expect(run([binding('RoleBinding', { kind: 'Role', name: 'appxreader' }, [])], ['Role/app.reader'])).toHaveLength(1);
  });

  test('externalNames: namespace "-" stands for the unspecified namespace', () => {
    const unspecified = binding('RoleBinding', { kind: 'Role', name: 'reader' }, []) as { metadata: Record<string, unknown> };
    delete unspecified.metadata.namespace;
    expect(run([unspecified], ['-/Role/reader'])).toEqual([]);
    expect(run([readerBinding], ['-/Role/reader'])).toEqual(MISSING_READER);
  });

  test('a ClusterRoleBinding subject without namespace is looked up in the unspecified namespace, even if the binding sets one', () => {
    const crb = binding('ClusterRoleBinding', { kind: 'ClusterRole', name: 'view' }, [SA('app')], 'crb') as { metadata: Record<string, unknown> };
    crb.metadata.namespace = 'team';
    expect(run([object('ServiceAccount', 'app'), crb])).toEqual([
      ['/subjects/0/name', 'ClusterRoleBinding "crb" subjects[0] is ServiceAccount "app", which is not defined in the unspecified namespace (objects without metadata.namespace)'],
    ]);
  });
});
