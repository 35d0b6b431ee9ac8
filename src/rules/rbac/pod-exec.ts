import { definePermissionRule } from './permission-rule';

/** pods/exec and pods/attach run commands inside running containers, with their identity and Secrets. */
export const rbacPodExec = definePermissionRule(
  {
    id: 'rbac-pod-exec',
    title: 'Exec or attach into pods',
    severity: 'error',
    category: 'rbac',
    description:
      '`pods/exec` and `pods/attach` give a shell in running containers: the subject acts with their service account, reads their mounted Secrets and environment, and bypasses NetworkPolicies. Both `create` and `get` count, since WebSocket clients open exec sessions with `get` on older clusters.',
    remediation: 'Remove `pods/exec` and `pods/attach` from the role; give break-glass access through a separate, audited role that is bound only when needed.',
    standards: { nsa: ['C-0002'] },
    equivalents: {
      'polaris': ['clusterrolePodExecAttach', 'rolePodExecAttach', 'clusterrolebindingPodExecAttach', 'rolebindingClusterRolePodExecAttach', 'rolebindingRolePodExecAttach'],
      'checkov': ['CKV2_K8S_2'],
      'trivy': ['KSV053', 'KSV054'],
    },
  },
  [{ permission: { apiGroups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create', 'get'] }, risk: 'runs commands inside running containers' }],
);
