import { rbacAggregatedClusterRole } from '../../../src/rules/rbac/aggregated-clusterrole';
import { runRule } from '../../support/manifests';
import { clusterRole } from './fixtures';

describe('rbac-aggregated-clusterrole', () => {
  test('notes an aggregated ClusterRole at info severity', () => {
    const findings = runRule(rbacAggregatedClusterRole, [clusterRole([], 'monitoring', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } }] } })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', path: '/aggregationRule' });
  });

  test('reports an empty selector, which aggregates every ClusterRole', () => {
    const findings = runRule(rbacAggregatedClusterRole, [clusterRole([], 'all', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' } }, {}] } })]);
    expect(findings.map((f) => f.path)).toEqual(['/aggregationRule/clusterRoleSelectors/1']);
    expect(findings[0].message).toContain('cluster-admin included');
  });

  test('ignores ClusterRoles without aggregationRule', () => {
    expect(runRule(rbacAggregatedClusterRole, [clusterRole([{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }])])).toEqual([]);
  });
});

describe('rbac-aggregated-clusterrole: message', () => {
  test('names the role and counts its selectors', () => {
    const selectors = [{ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } }, { matchExpressions: [{ key: 'team', operator: 'Exists' }] }];
    const findings = runRule(rbacAggregatedClusterRole, [clusterRole([], 'monitoring', { aggregationRule: { clusterRoleSelectors: selectors } })]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/aggregationRule', 'ClusterRole "monitoring" aggregates the rules of ClusterRoles matching its 2 selector(s); its permissions depend on which ClusterRoles carry those labels'],
    ]);
  });

  test('a Role with an aggregationRule is not aggregated', () => {
    const r = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r', namespace: 'team' }, aggregationRule: { clusterRoleSelectors: [{}] }, rules: [] };
    expect(runRule(rbacAggregatedClusterRole, [r])).toEqual([]);
  });
});
