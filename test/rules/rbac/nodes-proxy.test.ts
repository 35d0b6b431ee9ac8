import { rbacNodesProxy } from '../../../src/rules/rbac/nodes-proxy';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacNodesProxy, [
  [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }, { apiGroups: [''], resources: ['nodes/metrics'], verbs: ['get'] }],
]);
