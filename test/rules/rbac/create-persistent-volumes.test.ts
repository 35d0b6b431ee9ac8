import { rbacCreatePersistentVolumes } from '../../../src/rules/rbac/create-persistent-volumes';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacCreatePersistentVolumes, [
  [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }, { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['create'] }],
]);
