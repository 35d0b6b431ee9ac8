import { rbacCsrApproval } from '../../../src/rules/rbac/csr-approval';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacCsrApproval, [
  [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] }, { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests'], verbs: ['create', 'get'] }],
  [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], verbs: ['approve'], resourceNames: ['example.com/x'] }, { apiGroups: ['certificates.k8s.io'], resources: ['signers'], verbs: ['sign'] }],
]);
