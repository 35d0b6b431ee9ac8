import { definePermissionRule } from './permission-rule';

/** CIS 5.1.10: nodes/proxy reaches the kubelet API directly: exec into any pod on the node, unaudited. */
export const rbacNodesProxy = definePermissionRule(
  {
    id: 'rbac-nodes-proxy',
    title: 'Access to nodes/proxy',
    severity: 'error',
    category: 'rbac',
    description:
      '`nodes/proxy` forwards requests to the kubelet API, which can run commands in every pod of the node; the API server audit log does not show those commands.',
    remediation: 'Remove `nodes/proxy` from the role. Monitoring agents need `nodes/metrics` or `nodes/stats`, not the proxy.',
    standards: { cis: [{ id: '5.1.10', benchmark: '1.10' }] },
    equivalents: { 'checkov': ['CKV2_K8S_2'], 'kyverno': ['other/restrict-clusterrole-nodesproxy'], 'trivy': ['KSV047'] },
  },
  [{ permission: { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get', 'create', 'update', 'patch', 'delete'] }, risk: 'reaches the kubelet API of the nodes' }],
);
