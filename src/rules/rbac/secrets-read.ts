import { definePermissionRule } from './permission-rule';

/** CIS 5.1.2: reading Secrets discloses every credential of the namespace (or cluster). */
export const rbacSecretsRead = definePermissionRule(
  {
    id: 'rbac-secrets-read',
    title: 'Read access to Secrets',
    severity: 'error',
    category: 'rbac',
    description:
      'get, list or watch on `secrets` discloses every credential in scope, including service account tokens of more privileged accounts; list and watch return the values too. Entries narrowed with `resourceNames` are not reported.',
    remediation:
      'Grant access only to the named Secrets the workload needs (`resourceNames` with `get`), mount Secrets as volumes instead of reading them through the API, or move the permission to a dedicated service account.',
    standards: { cis: [{ id: '5.1.2', benchmark: '1.10' }] },
    equivalents: {
      'kube-linter': ['access-to-secrets'],
      'checkov': ['CKV2_K8S_5'],
      'kyverno': ['other/restrict-secret-role-verbs'],
      'trivy': ['KSV041', 'KSV113'],
    },
  },
  [{ permission: { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }, risk: 'reveals Secret values' }],
  { ignoreNamedResources: true },
);
