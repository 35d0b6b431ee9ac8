import { definePermissionRule } from './permission-rule';

/** CIS 5.1.8: writing bindings hands out every role the subject holds, or any role together with `bind`. */
export const rbacBindingCreation = definePermissionRule(
  {
    id: 'rbac-binding-creation',
    title: 'Permission to create or change role bindings',
    severity: 'warning',
    category: 'rbac',
    description:
      'A subject that writes RoleBindings or ClusterRoleBindings can pass every permission it holds to any identity, and any role at all when it also has `bind` (see rbac-escalation-verbs). Namespace administrators need it, hence a warning.',
    remediation: 'Remove create/update/patch on `rolebindings` and `clusterrolebindings` from roles that do not administer access; keep it with a small, audited set of administrators.',
    standards: { cis: [{ id: '5.1.8', benchmark: '1.10' }] },
    equivalents: { 'checkov': ['CKV2_K8S_1'], 'trivy': ['KSV051', 'KSV052', 'KSV055'] },
  },
  [
    {
      permission: { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'clusterrolebindings'], verbs: ['create', 'update', 'patch'] },
      risk: 'can grant its permissions to other identities',
    },
  ],
);
