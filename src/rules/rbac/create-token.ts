import { definePermissionRule } from './permission-rule';

/** CIS 5.1.13: creating tokens for a service account is acting as that service account. */
export const rbacCreateServiceAccountToken = definePermissionRule(
  {
    id: 'rbac-create-serviceaccount-token',
    title: 'Permission to create service account tokens',
    severity: 'error',
    category: 'rbac',
    description:
      '`create` on `serviceaccounts/token` issues tokens for any service account in scope, so the subject gains the permissions of the most privileged of them. No common checker flags it.',
    remediation: 'Remove `create` on `serviceaccounts/token`, or limit it with `resourceNames` to the service accounts the subject may act as.',
    standards: { cis: [{ id: '5.1.13', benchmark: '1.10' }] },
  },
  [{ permission: { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }, risk: 'issues tokens for other service accounts' }],
);
