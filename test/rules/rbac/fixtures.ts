/** Builders for RBAC manifests used by the rbac rule tests. */

export type PolicyRule = Record<string, unknown>;

export function role(rules: PolicyRule[], name = 'r', namespace = 'team'): Record<string, unknown> {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace }, rules };
}

export function clusterRole(rules: PolicyRule[], name = 'cr', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules, ...extra };
}

export function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', roleRef: Record<string, unknown>, subjects: unknown[], name = 'b', namespace = 'team'): Record<string, unknown> {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: kind === 'RoleBinding' ? { name, namespace } : { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
    subjects,
  };
}

/** A harmless first rule, so tests show that later entries are checked too. */
export const READ_CONFIGMAPS: PolicyRule = { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] };
