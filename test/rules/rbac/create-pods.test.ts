import { rbacCreatePods } from '../../../src/rules/rbac/create-pods';
import { runRule } from '../../support/manifests';
import { role } from './fixtures';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacCreatePods, [
  [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] }, { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'update'] }],
  [{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }, { apiGroups: ['apps'], resources: ['pods'], verbs: ['create'] }],
]);

describe('rbac-create-pods', () => {
  test('covers batch jobs/cronjobs and the legacy extensions group, as a warning', () => {
    const findings = runRule(rbacCreatePods, [role([{ apiGroups: ['batch', 'extensions'], resources: ['cronjobs', 'deployments'], verbs: ['create'] }])]);
    expect(findings.map((f) => f.message)).toEqual([
      'Role "r" rules[0] grants create on deployments, which lets it start pods with any service account of the namespace',
      'Role "r" rules[0] grants create on cronjobs, which lets it start pods with any service account of the namespace',
    ]);
    expect(findings[0].severity).toBe('warning');
  });
});
