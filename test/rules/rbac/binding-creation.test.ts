import { rbacBindingCreation } from '../../../src/rules/rbac/binding-creation';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacBindingCreation, [
  [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings'], verbs: ['create'] }, { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings'], verbs: ['get', 'list'] }],
]);
