import { rbacPodExec } from '../../../src/rules/rbac/pod-exec';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacPodExec, [
  [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }, { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] }],
  [{ apiGroups: [''], resources: ['pods/attach'], verbs: ['get'] }, { apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
]);
