import { analyzeAll } from '../../../src/engine/evaluate';
import { Rule } from '../../../src/engine/rule';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { rbacClusterAdminBinding } from '../../../src/rules/rbac/cluster-admin-binding';
import { rbacCreatePods } from '../../../src/rules/rbac/create-pods';
import { rbacSystemGroupBinding } from '../../../src/rules/rbac/system-group-binding';
import { rbacWildcard } from '../../../src/rules/rbac/wildcard';
import { binding, role } from './fixtures';

/**
 * The engine calls these rules only for the kinds their `appliesTo` names, but a rule must give the
 * same findings without that filter (e.g. called directly by a custom engine): each keeps its own
 * kind check. The impostors below carry the fields the rule reads under the other RBAC kind.
 */
function checkDirectly(rule: Rule, manifest: Record<string, unknown>) {
  const [object] = analyzeAll([{ manifest }]);
  return rule.check!(object, { kubernetesVersion: parseKubernetesVersion('latest'), options: rule.meta.defaultOptions ?? {} });
}

const EVERYTHING = { apiGroups: ['*'], resources: ['*'], verbs: ['*'] };
const CLUSTER_ADMIN = { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' };
const SUBJECTS = [{ kind: 'Group', name: 'system:authenticated', apiGroup: 'rbac.authorization.k8s.io' }];

describe('RBAC rules keep their own kind checks', () => {
  test('Role rules ignore a binding that carries `rules`', () => {
    const impostor = { ...binding('RoleBinding', CLUSTER_ADMIN, SUBJECTS), rules: [EVERYTHING] };
    for (const rule of [rbacWildcard, rbacCreatePods]) expect(checkDirectly(rule, impostor)).toEqual([]);
    // The same entry on a Role is reported: the impostor differs only in kind.
    for (const rule of [rbacWildcard, rbacCreatePods]) expect(checkDirectly(rule, role([EVERYTHING])).length).toBeGreaterThan(0);
  });

  test('binding rules ignore a Role that carries roleRef and subjects', () => {
    const impostor = { ...role([]), roleRef: CLUSTER_ADMIN, subjects: SUBJECTS };
    for (const rule of [rbacClusterAdminBinding, rbacSystemGroupBinding]) expect(checkDirectly(rule, impostor)).toEqual([]);
    const real = binding('ClusterRoleBinding', CLUSTER_ADMIN, SUBJECTS);
    for (const rule of [rbacClusterAdminBinding, rbacSystemGroupBinding]) expect(checkDirectly(rule, real).length).toBeGreaterThan(0);
  });
});
