import { rbacEscalationVerbs } from '../../../src/rules/rbac/escalation-verbs';
import { rbacPodExec } from '../../../src/rules/rbac/pod-exec';
import { rbacSecretsRead } from '../../../src/rules/rbac/secrets-read';
import { runRule } from '../../support/manifests';
import { clusterRole, role } from './fixtures';

describe('wildcard semantics follow the RBAC authorizer', () => {
  test('`*/exec` covers pods/exec; `pods` alone does not cover subresources', () => {
    expect(runRule(rbacPodExec, [role([{ apiGroups: [''], resources: ['*/exec'], verbs: ['create'] }])])).toHaveLength(1);
    expect(runRule(rbacPodExec, [role([{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }])])).toEqual([]);
  });

  test('the message names the verbs found through `*`', () => {
    const [finding] = runRule(rbacSecretsRead, [role([{ apiGroups: [''], resources: ['secrets'], verbs: ['*'] }])]);
    expect(finding.message).toBe('Role "r" rules[0] grants get, list, watch on secrets (through a `*` wildcard), which reveals Secret values');
  });

  test('a different API group does not match', () => {
    expect(runRule(rbacSecretsRead, [role([{ apiGroups: ['example.com'], resources: ['secrets'], verbs: ['get'] }])])).toEqual([]);
  });

  test('secret reads narrowed by resourceNames are accepted; other rules still report named grants', () => {
    expect(runRule(rbacSecretsRead, [role([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['app-tls'] }])])).toEqual([]);
    const [finding] = runRule(rbacPodExec, [role([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'], resourceNames: ['debug'] }])]);
    expect(finding.message).toContain('(limited to resourceNames debug)');
  });

  test('aggregated ClusterRoles are skipped', () => {
    const aggregated = clusterRole([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], 'agg', { aggregationRule: { clusterRoleSelectors: [] } });
    expect(runRule(rbacSecretsRead, [aggregated])).toEqual([]);
  });

  test('odd input (rules not a list, entries not objects) does not throw', () => {
    expect(runRule(rbacSecretsRead, [{ ...role([]), rules: 'x' }, { ...role([]), rules: [null, 3, 'a'] }])).toEqual([]);
  });
});

describe('policy rule entries are read like the API server reads them', () => {
  const messages = (rule: Parameters<typeof runRule>[0], manifests: unknown[]) => runRule(rule, manifests).map((f) => [f.path, f.message]);

  test('a single string counts as a one-element list; non-strings in lists are ignored', () => {
    expect(messages(rbacPodExec, [role([{ apiGroups: '', resources: 'pods/exec', verbs: 'create', resourceNames: ['debug', 7, null] }])])).toEqual([
      ['/rules/0', 'Role "r" rules[0] grants create on pods/exec (limited to resourceNames debug), which runs commands inside running containers'],
    ]);
  });

  test('only rbac.authorization.k8s.io Roles and ClusterRoles are read', () => {
    const lookalike = { ...role([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]), apiVersion: 'example.com/v1' };
    expect(runRule(rbacSecretsRead, [lookalike])).toEqual([]);
  });

  test('only Roles and ClusterRoles grant: a `rules` list on a binding of the RBAC group is ignored', () => {
    const bindingWithRules = { ...role([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]), kind: 'RoleBinding', roleRef: { kind: 'Role', name: 'view' }, subjects: [] };
    expect(runRule(rbacSecretsRead, [bindingWithRules, { ...bindingWithRules, kind: 'ClusterRoleBinding' }])).toEqual([]);
  });

  test('aggregationRule only replaces the rules of a ClusterRole, not of a Role', () => {
    const withAggregation = { ...role([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]), aggregationRule: { clusterRoleSelectors: [] } };
    expect(messages(rbacSecretsRead, [withAggregation])).toEqual([['/rules/0', 'Role "r" rules[0] grants get on secrets, which reveals Secret values']]);
  });

  test('an unnamed role is named by its kind', () => {
    const unnamed = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }] };
    expect(messages(rbacSecretsRead, [unnamed])).toEqual([['/rules/0', 'ClusterRole rules[0] grants list on secrets, which reveals Secret values']]);
  });

  test('a resource `*` is a wildcard grant even with explicit verbs and group', () => {
    expect(messages(rbacSecretsRead, [role([{ apiGroups: [''], resources: ['*'], verbs: ['get'] }])])).toEqual([
      ['/rules/0', 'Role "r" rules[0] grants get on secrets (through a `*` wildcard), which reveals Secret values'],
    ]);
  });

  test('a grant is through a wildcard when any of its resources came from `*/subresource`', () => {
    expect(messages(rbacPodExec, [role([{ apiGroups: [''], resources: ['pods/exec', '*/attach'], verbs: ['create'] }])])).toEqual([
      ['/rules/0', 'Role "r" rules[0] grants create on pods/exec, pods/attach (through a `*` wildcard), which runs commands inside running containers'],
    ]);
  });

  test('`*/name` matches only subresources, never a top-level resource of that name', () => {
    expect(runRule(rbacSecretsRead, [role([{ apiGroups: [''], resources: ['*/secrets'], verbs: ['get'] }])])).toEqual([]);
  });

  test('a requested `userextras/*` matches only subresources of userextras', () => {
    const findings = runRule(rbacEscalationVerbs, [role([{ apiGroups: ['authentication.k8s.io'], resources: ['uids'], verbs: ['impersonate'] }])]);
    expect(findings.map((f) => f.message.replace(/, which .*/, ''))).toEqual(['Role "r" rules[0] grants impersonate on uids']);
  });
});
