import { rbacCreateServiceAccountToken } from '../../../src/rules/rbac/create-token';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacCreateServiceAccountToken, [
  [{ apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }, { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['create'] }],
]);
