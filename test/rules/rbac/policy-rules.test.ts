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
