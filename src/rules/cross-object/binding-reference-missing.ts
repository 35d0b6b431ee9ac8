import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { isBinding } from '../rbac/policy-rules';
import { describeNamespace, describeObject, indexObjects, namespaceOf, UNSPECIFIED_NAMESPACE } from './object-index';
import { ExternalNames, REFERENCE_OPTION_DOC, REFERENCE_OPTIONS } from './references';

/**
 * A binding to a missing role grants nothing today, and whatever a role created later under that
 * name grants tomorrow; a binding to a missing service account grants to whoever creates it.
 */
export const bindingReferenceMissing = defineCrossObjectRule(
  {
    id: 'binding-reference-missing',
    title: 'RoleBinding to a missing Role or ServiceAccount',
    severity: 'warning',
    category: 'rbac',
    description: `A RoleBinding or ClusterRoleBinding whose roleRef names a Role or ClusterRole the app does not define grants nothing now, and silently grants whatever a role created later with that name allows; a ServiceAccount subject that does not exist hands the permissions to whoever creates an account with that name. ${REFERENCE_OPTION_DOC}`,
    remediation: 'Define the Role/ClusterRole and ServiceAccount in the app, fix the names or namespaces, remove the stale binding, or list objects created elsewhere in `externalNames`.',
    defaultOptions: REFERENCE_OPTIONS,
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const external = new ExternalNames(context.options.externalNames);
    const out: ObjectViolation[] = [];
    for (const binding of [...index.ofKind('RoleBinding'), ...index.ofKind('ClusterRoleBinding')]) {
      if (!isBinding(binding)) continue;
      const namespace = namespaceOf(binding);
      const roleRef = asObject(binding.manifest.roleRef);
      const roleKind = asString(roleRef.kind);
      const roleName = asString(roleRef.name);
      if (binding.kind === 'ClusterRoleBinding' && roleKind === 'Role') {
        out.push({ object: binding, path: binding.pointer('roleRef', 'kind'), message: `${describeObject(binding)} refers to a Role; a ClusterRoleBinding can only bind a ClusterRole and the API rejects it` });
      } else if ((roleKind === 'Role' || roleKind === 'ClusterRole') && roleName) {
        const where = roleKind === 'Role' ? ` in ${describeNamespace(namespace)}` : '';
        if (!index.find(roleKind, namespace, roleName).length && !external.covers(roleKind, namespace, roleName)) {
          out.push({ object: binding, path: binding.pointer('roleRef', 'name'), message: `${describeObject(binding)} refers to ${roleKind} "${roleName}", which is not defined${where}` });
        }
      }
      asArray(binding.manifest.subjects).forEach((raw, i) => {
        const subject = asObject(raw);
        const name = asString(subject.name);
        if (subject.kind !== 'ServiceAccount' || !name) return;
        // RoleBindings default a subject without namespace to their own; ClusterRoleBindings cannot.
        const subjectNs = asString(subject.namespace) ?? (binding.kind === 'RoleBinding' ? namespace : UNSPECIFIED_NAMESPACE);
        if (index.find('ServiceAccount', subjectNs, name).length || external.covers('ServiceAccount', subjectNs, name)) return;
        out.push({
          object: binding,
          path: binding.pointer('subjects', i, 'name'),
          message: `${describeObject(binding)} subjects[${i}] is ServiceAccount "${name}", which is not defined in ${describeNamespace(subjectNs)}`,
        });
      });
    }
    return out;
  },
);
