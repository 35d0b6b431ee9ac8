import { rbacPodPortForward } from '../../../src/rules/rbac/pod-portforward';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacPodPortForward, [
  [{ apiGroups: [''], resources: ['pods/portforward'], verbs: ['create'] }, { apiGroups: [''], resources: ['pods/portforward'], verbs: ['list'] }],
]);
