import { rbacWebhookConfig } from '../../../src/rules/rbac/webhook-config';
import { runRule } from '../../support/manifests';
import { role } from './fixtures';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacWebhookConfig, [
  [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['delete'] }, { apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['get', 'list', 'watch'] }],
]);

describe('rbac-webhook-config', () => {
  test('admission policies and their bindings count as well as webhooks', () => {
    const [finding] = runRule(rbacWebhookConfig, [role([{ apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingadmissionpolicybindings'], verbs: ['patch'] }])]);
    expect(finding.message).toBe('Role "r" rules[0] grants patch on validatingadmissionpolicybindings, which intercepts or disables admission control');
  });
});
