import { definePermissionRule } from './permission-rule';

/** pods/portforward tunnels into pods from outside the cluster network, past NetworkPolicies. */
export const rbacPodPortForward = definePermissionRule(
  {
    id: 'rbac-pod-portforward',
    title: 'Port-forward into pods',
    severity: 'warning',
    category: 'rbac',
    description:
      '`pods/portforward` opens a tunnel from the subject to any port of any pod in scope, including ports that NetworkPolicies and Services keep private (databases, admin endpoints). No common checker flags it except Kubescape.',
    remediation: 'Remove `pods/portforward` from the role, or limit it with `resourceNames` to the pods that must be reachable and bind it only for debugging.',
    standards: { nsa: ['C-0063'] },
    equivalents: { kubescape: ['C-0063'] },
  },
  [{ permission: { apiGroups: [''], resources: ['pods/portforward'], verbs: ['create', 'get'] }, risk: 'tunnels to private pod ports past NetworkPolicies' }],
);
