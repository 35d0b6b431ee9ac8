import { rbacSecretsRead } from '../../../src/rules/rbac/secrets-read';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacSecretsRead, [
  [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }, { apiGroups: [''], resources: ['secrets'], verbs: ['create'] }],
]);
