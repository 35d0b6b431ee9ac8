import { definePermissionRule } from './permission-rule';

const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** CIS 5.1.12: admission webhooks and policies see and change every request they match. */
export const rbacWebhookConfig = definePermissionRule(
  {
    id: 'rbac-webhook-config',
    title: 'Write access to admission webhooks and policies',
    severity: 'error',
    category: 'rbac',
    description:
      'Whoever writes mutating/validating webhook configurations or admission policies can read and rewrite every matching API request (including Secrets) or remove the admission controls that enforce security policy.',
    remediation: 'Remove write verbs on `mutatingwebhookconfigurations`, `validatingwebhookconfigurations` and admission policies (and their bindings) from the role; only the component that owns the webhook should manage it.',
    standards: { cis: [{ id: '5.1.12', benchmark: '1.10' }] },
    equivalents: {
      'checkov': ['CKV_K8S_155'],
      'kyverno': ['other/restrict-clusterrole-mutating-validating-admission-webhooks'],
      'trivy': ['KSV114'],
    },
  },
  [
    {
      permission: {
        apiGroups: ['admissionregistration.k8s.io'],
        resources: [
          'mutatingwebhookconfigurations',
          'validatingwebhookconfigurations',
          'validatingadmissionpolicies',
          'validatingadmissionpolicybindings',
          'mutatingadmissionpolicies',
          'mutatingadmissionpolicybindings',
        ],
        verbs: WRITE,
      },
      risk: 'intercepts or disables admission control',
    },
  ],
);
