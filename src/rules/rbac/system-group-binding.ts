import { defineRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { BINDING_KINDS, describeObject, isBinding } from './policy-rules';

/** Subjects that are everyone, nobody-in-particular or the superuser group. */
const SYSTEM_SUBJECTS: Readonly<Record<string, string>> = {
  'system:masters': 'bypasses all authorization',
  'system:anonymous': 'is every unauthenticated request',
  'system:unauthenticated': 'is every unauthenticated request',
  'system:authenticated': 'is every identity that can log in, in any identity provider',
};

/** CIS 5.1.7: binding system groups grants the role to everyone (or bypasses RBAC). */
export const rbacSystemGroupBinding = defineRule(
  {
    id: 'rbac-system-group-binding',
    title: 'Binding to system:masters, anonymous or all authenticated users',
    severity: 'error',
    category: 'rbac',
    description:
      'A binding whose subject is `system:anonymous`, `system:unauthenticated` or `system:authenticated` gives the role to anyone who can reach the API server (or log in at all); `system:masters` is the superuser group that RBAC cannot restrict.',
    remediation: 'Bind the role to named users, groups or service accounts instead of system groups.',
    standards: { cis: [{ id: '5.1.7', benchmark: '1.10' }] },
    equivalents: { 'kubesec': ['BindingsToSystemAnonymous'], 'kyverno': ['other/restrict-binding-system-groups'], 'trivy': ['KSV122', 'KSV123', 'KSV01011'] },
  },
  (object) => {
    if (!isBinding(object)) return [];
    const out: Violation[] = [];
    asArray(object.manifest.subjects).forEach((value, i) => {
      const name = asString(asObject(value).name);
      if (name === undefined || !Object.prototype.hasOwnProperty.call(SYSTEM_SUBJECTS, name)) return;
      out.push({ path: object.pointer('subjects', i, 'name'), message: `${describeObject(object)} subjects[${i}] is "${name}", which ${SYSTEM_SUBJECTS[name]}` });
    });
    return out;
  },
  BINDING_KINDS,
);
