import { defineRule, Violation } from '../../engine/rule';
import { asArray, asObject } from '../../engine/values';
import { describeObject, policyRules, ROLE_KINDS } from './policy-rules';

const FIELDS = ['verbs', 'resources', 'apiGroups', 'nonResourceURLs'] as const;

const WHAT: Readonly<Record<(typeof FIELDS)[number], string>> = {
  verbs: 'verb',
  resources: 'resource and subresource',
  apiGroups: 'API group',
  nonResourceURLs: 'non-resource URL (such as /debug/pprof and /logs)',
};

/** CIS 5.1.3: wildcards grant every current and future verb, resource or API group. */
export const rbacWildcard = defineRule(
  {
    id: 'rbac-wildcard',
    title: 'Wildcards in RBAC rules',
    severity: 'error',
    category: 'rbac',
    description:
      'A `*` in verbs, resources, apiGroups or nonResourceURLs grants everything of that kind, including subresources such as `pods/exec` and resources added to the cluster later. Every entry of `rules` is checked, not only the first.',
    remediation: 'Replace each `*` with the explicit verbs, resources and API groups the subject needs.',
    standards: { cis: [{ id: '5.1.3', benchmark: '1.10' }], nsa: ['C-0035'] },
    equivalents: {
      'polaris': ['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole', 'rolebindingClusterAdminRole'],
      'kube-linter': ['wildcard-in-rules'],
      'checkov': ['CKV_K8S_49'],
      'kyverno': ['other/restrict-wildcard-verbs', 'other/restrict-wildcard-resources'],
      'trivy': ['KSV044', 'KSV045', 'KSV046', 'KSV112'],
    },
  },
  (object) => {
    const out: Violation[] = [];
    for (const entry of policyRules(object)) {
      const raw = asObject(asArray(object.manifest.rules)[entry.index]);
      for (const field of FIELDS) {
        const values = raw[field];
        const list = Array.isArray(values) ? values : [values];
        list.forEach((value, i) => {
          if (value !== '*') return;
          out.push({
            path: Array.isArray(values) ? `${entry.path}/${field}/${i}` : `${entry.path}/${field}`,
            message: `${describeObject(object)} rules[${entry.index}].${field} contains "*", which grants every ${WHAT[field]}`,
          });
        });
      }
    }
    return out;
  },
  ROLE_KINDS,
);
