import { definePermissionRule } from './permission-rule';

/** CIS 5.1.11: approving certificate requests mints credentials for any identity a signer accepts. */
export const rbacCsrApproval = definePermissionRule(
  {
    id: 'rbac-csr-approval',
    title: 'Certificate signing request approval',
    severity: 'error',
    category: 'rbac',
    description:
      'Updating `certificatesigningrequests/approval` together with `approve` on `signers` lets a subject approve its own request for a client certificate, for example one in group `system:masters`. Each half is reported, since roles combine across bindings.',
    remediation: 'Remove update/patch on `certificatesigningrequests/approval` and `approve` on `signers` from the role; keep CSR approval with the controller manager or a dedicated approver.',
    standards: { cis: [{ id: '5.1.11', benchmark: '1.10' }] },
    equivalents: { 'checkov': ['CKV_K8S_156'], 'kyverno': ['other/restrict-clusterrole-csr'] },
  },
  [
    {
      permission: { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update', 'patch'] },
      risk: 'approves certificate signing requests',
    },
    { permission: { apiGroups: ['certificates.k8s.io'], resources: ['signers'], verbs: ['approve'] }, risk: 'lets approved requests be signed by those signers' },
  ],
);
