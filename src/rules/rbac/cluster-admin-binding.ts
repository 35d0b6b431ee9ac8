import { defineRule, Violation } from '../../engine/rule';
import { asObject, asString } from '../../engine/values';
import { BINDING_KINDS, describeObject, isBinding } from './policy-rules';

/** CIS 5.1.1: cluster-admin is unrestricted; binding it is rarely needed by applications. */
export const rbacClusterAdminBinding = defineRule(
  {
    id: 'rbac-cluster-admin-binding',
    title: 'Binding to cluster-admin',
    severity: 'error',
    category: 'rbac',
    description:
      'The `cluster-admin` ClusterRole allows every action on every resource. A ClusterRoleBinding to it gives that power cluster-wide; a RoleBinding to it gives full control of the namespace, including its Secrets and RBAC.',
    remediation: 'Bind a role with only the permissions the subjects need; if cluster-admin is unavoidable, bind it to named people for break-glass use, never to service accounts of applications.',
    standards: { cis: [{ id: '5.1.1', benchmark: '1.10' }], nsa: ['C-0035'] },
    equivalents: {
      'polaris': ['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole', 'rolebindingClusterAdminRole'],
      'kube-linter': ['cluster-admin-role-binding'],
      'kyverno': ['other/restrict-binding-clusteradmin', 'other/block-cluster-admin-from-ns'],
      'trivy': ['KSV111'],
    },
  },
  (object) => {
    if (!isBinding(object)) return [];
    const roleRef = asObject(object.manifest.roleRef);
    const out: Violation[] = [];
    if (asString(roleRef.name) === 'cluster-admin' && (roleRef.kind === 'ClusterRole' || roleRef.kind === undefined)) {
      const scope = object.kind === 'ClusterRoleBinding' ? 'the whole cluster' : `namespace "${object.ref.namespace ?? '(unspecified)'}"`;
      out.push({ path: object.pointer('roleRef', 'name'), message: `${describeObject(object)} binds ClusterRole cluster-admin, which grants every permission in ${scope}` });
    }
    return out;
  },
  BINDING_KINDS,
);
