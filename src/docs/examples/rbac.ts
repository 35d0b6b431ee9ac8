import { clusterRole, object, role } from './build';
import { RuleExamples } from './types';

const RBAC = 'rbac.authorization.k8s.io/v1';
const CORE = [''];
const rule = (apiGroups: string[], resources: string[], verbs: string[], extra: Record<string, unknown> = {}) => ({ apiGroups, resources, verbs, ...extra });
const READ = ['get', 'list', 'watch'];
const sa = (name = 'web') => ({ kind: 'ServiceAccount', name, namespace: 'shop' });
const roleBinding = (roleRef: Record<string, unknown>, subjects: Record<string, unknown>[]) =>
  object(RBAC, 'RoleBinding', 'web', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef }, subjects });
/** A namespaced Role with one rule, failing and fixed. */
const roleExample = (fail: Record<string, unknown>, pass: Record<string, unknown>) => ({ fail: [role('web', [fail])], pass: [role('web', [pass])] });
const clusterRoleExample = (fail: Record<string, unknown>, pass: Record<string, unknown>) => ({ fail: [clusterRole('ops', [fail])], pass: [clusterRole('ops', [pass])] });

export const RBAC_EXAMPLES: RuleExamples = {
  'rbac-cluster-admin-binding': {
    fail: [object(RBAC, 'ClusterRoleBinding', 'web-admin', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [sa()] }, undefined)],
    pass: [roleBinding({ kind: 'ClusterRole', name: 'view' }, [sa()])],
  },
  'rbac-wildcard': roleExample(rule(CORE, ['*'], ['*']), rule(CORE, ['configmaps'], READ)),
  'rbac-secrets-read': roleExample(rule(CORE, ['secrets'], READ), rule(CORE, ['secrets'], ['get'], { resourceNames: ['web-tls'] })),
  'rbac-create-pods': roleExample(rule(CORE, ['pods'], ['create', ...READ]), rule(CORE, ['pods'], READ)),
  'rbac-pod-exec': roleExample(rule(CORE, ['pods/exec'], ['create']), rule(CORE, ['pods/log'], ['get'])),
  'rbac-pod-portforward': roleExample(rule(CORE, ['pods/portforward'], ['create']), rule(CORE, ['pods'], READ)),
  'rbac-escalation-verbs': clusterRoleExample(
    rule(['rbac.authorization.k8s.io'], ['clusterroles'], ['bind', 'escalate']),
    rule(['rbac.authorization.k8s.io'], ['clusterroles'], READ),
  ),
  'rbac-nodes-proxy': clusterRoleExample(rule(CORE, ['nodes/proxy'], ['get']), rule(CORE, ['nodes'], READ)),
  'rbac-csr-approval': clusterRoleExample(
    rule(['certificates.k8s.io'], ['certificatesigningrequests/approval'], ['update']),
    rule(['certificates.k8s.io'], ['certificatesigningrequests'], READ),
  ),
  'rbac-webhook-config': clusterRoleExample(
    rule(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations'], ['create', 'update', 'patch']),
    rule(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations'], READ),
  ),
  'rbac-create-persistentvolumes': clusterRoleExample(rule(CORE, ['persistentvolumes'], ['create']), rule(CORE, ['persistentvolumes'], READ)),
  'rbac-create-serviceaccount-token': roleExample(rule(CORE, ['serviceaccounts/token'], ['create']), rule(CORE, ['serviceaccounts'], READ)),
  'rbac-system-group-binding': {
    fail: [roleBinding({ kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:authenticated' }])],
    pass: [roleBinding({ kind: 'ClusterRole', name: 'view' }, [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'shop-developers' }])],
  },
  'rbac-endpoints-hijack': roleExample(rule(CORE, ['endpoints'], ['create', 'update', 'patch']), rule(CORE, ['endpoints'], READ)),
  'rbac-binding-creation': roleExample(rule(['rbac.authorization.k8s.io'], ['rolebindings'], ['create']), rule(['rbac.authorization.k8s.io'], ['rolebindings'], READ)),
  'rbac-aggregated-clusterrole': {
    fail: [object(RBAC, 'ClusterRole', 'monitoring', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'example.com/aggregate-to-monitoring': 'true' } }] } }, undefined)],
    pass: [clusterRole('monitoring', [rule(CORE, ['pods', 'services', 'endpoints'], READ)])],
  },
  'binding-reference-missing': {
    fail: [roleBinding({ kind: 'Role', name: 'web-reader' }, [sa()])],
    pass: [roleBinding({ kind: 'Role', name: 'web-reader' }, [sa()]), role('web-reader', [rule(CORE, ['configmaps'], READ)]), object('v1', 'ServiceAccount', 'web', { automountServiceAccountToken: false })],
  },
};
