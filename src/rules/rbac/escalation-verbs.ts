import { definePermissionRule } from './permission-rule';

/** CIS 5.1.8: escalate, bind and impersonate defeat RBAC's own privilege-escalation prevention. */
export const rbacEscalationVerbs = definePermissionRule(
  {
    id: 'rbac-escalation-verbs',
    title: 'escalate, bind or impersonate',
    severity: 'error',
    category: 'rbac',
    description:
      '`escalate` on roles lets a subject write roles with permissions it does not hold; `bind` lets it bind roles it does not hold; `impersonate` lets it act as other users, groups or service accounts. Each is a direct path to cluster-admin.',
    remediation: 'Remove `escalate`, `bind` and `impersonate` (and `*` verbs) on roles, clusterroles, users, groups, serviceaccounts and uids from the role.',
    standards: { cis: [{ id: '5.1.8', benchmark: '1.10' }] },
    equivalents: {
      'checkov': ['CKV_K8S_157', 'CKV_K8S_158', 'CKV2_K8S_3', 'CKV2_K8S_1'],
      'kyverno': ['other/restrict-escalation-verbs-roles'],
      'trivy': ['KSV043', 'KSV050'],
    },
  },
  [
    {
      permission: { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['escalate', 'bind'] },
      risk: 'bypasses RBAC privilege-escalation prevention',
    },
    {
      permission: { apiGroups: [''], resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'] },
      risk: 'lets it act as other identities',
    },
    {
      permission: { apiGroups: ['authentication.k8s.io'], resources: ['userextras/*', 'uids'], verbs: ['impersonate'] },
      risk: 'lets it act as other identities',
    },
  ],
);
