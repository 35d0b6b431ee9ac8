import { rbacWildcard } from '../../../src/rules/rbac/wildcard';
import { runRule } from '../../support/manifests';
import { clusterRole, READ_CONFIGMAPS, role } from './fixtures';

describe('rbac-wildcard', () => {
  test('passes explicit rules', () => {
    expect(runRule(rbacWildcard, [role([READ_CONFIGMAPS, { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list'] }])])).toEqual([]);
  });

  test('checks every entry, not only rules[0], and points at each wildcard', () => {
    const findings = runRule(rbacWildcard, [role([READ_CONFIGMAPS, { apiGroups: ['*'], resources: ['pods'], verbs: ['get', '*'] }])]);
    expect(findings.map((f) => f.path)).toEqual(['/rules/1/verbs/1', '/rules/1/apiGroups/0']);
    expect(findings[0].message).toContain('Role "r" rules[1].verbs contains "*", which grants every verb');
    expect(findings[1].message).toContain('which grants every API group');
    expect(findings[0].severity).toBe('error');
  });

  test('a wildcard written as a plain string (not a list) is still found', () => {
    const findings = runRule(rbacWildcard, [clusterRole([{ apiGroups: [''], resources: '*', verbs: ['get'] }])]);
    expect(findings.map((f) => f.path)).toEqual(['/rules/0/resources']);
  });

  test('a wildcard in nonResourceURLs is found', () => {
    const [finding] = runRule(rbacWildcard, [clusterRole([{ nonResourceURLs: ['/healthz', '*'], verbs: ['get'] }])]);
    expect(finding).toMatchObject({ path: '/rules/0/nonResourceURLs/1', message: 'ClusterRole "cr" rules[0].nonResourceURLs contains "*", which grants every non-resource URL (such as /debug/pprof and /logs)' });
  });

  test('List items are checked with their item path', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [role([READ_CONFIGMAPS]), clusterRole([READ_CONFIGMAPS, { apiGroups: [''], resources: ['*'], verbs: ['get'] }])] };
    expect(runRule(rbacWildcard, [list]).map((f) => f.path)).toEqual(['/items/1/rules/1/resources/0']);
  });

  test('aggregated ClusterRoles are skipped: the controller replaces their rules', () => {
    const aggregated = clusterRole([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }], 'agg', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' } }] } });
    expect(runRule(rbacWildcard, [aggregated])).toEqual([]);
  });

  test('objects that are not roles are ignored', () => {
    expect(runRule(rbacWildcard, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, rules: [{ verbs: ['*'] }] }])).toEqual([]);
  });
});
