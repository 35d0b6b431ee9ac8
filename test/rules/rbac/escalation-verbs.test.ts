import { rbacEscalationVerbs } from '../../../src/rules/rbac/escalation-verbs';
import { runRule } from '../../support/manifests';
import { role } from './fixtures';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacEscalationVerbs, [
  [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['escalate'] }, { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['get'] }],
  [{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] }, { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['get'] }],
  [{ apiGroups: ['authentication.k8s.io'], resources: ['userextras/scopes'], verbs: ['impersonate'] }, { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] }],
]);

describe('rbac-escalation-verbs', () => {
  test('bind on roles and impersonate on uids are reported; impersonate on unrelated resources is not', () => {
    expect(runRule(rbacEscalationVerbs, [role([{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], verbs: ['bind'] }])])).toHaveLength(1);
    expect(runRule(rbacEscalationVerbs, [role([{ apiGroups: ['authentication.k8s.io'], resources: ['uids'], verbs: ['impersonate'] }])])).toHaveLength(1);
    expect(runRule(rbacEscalationVerbs, [role([{ apiGroups: [''], resources: ['configmaps'], verbs: ['impersonate'] }])])).toEqual([]);
  });
});
