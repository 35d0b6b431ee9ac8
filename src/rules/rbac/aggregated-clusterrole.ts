import { defineRule, Violation } from '../../engine/rule';
import { isEmptyLabelSelector } from '../../engine/selectors';
import { asArray, asObject } from '../../engine/values';
import { describeObject, isAggregated } from './policy-rules';

/**
 * Aggregated ClusterRoles get their rules from other ClusterRoles at run time, so the permission
 * rules cannot see what they grant; this rule points reviewers at them.
 */
export const rbacAggregatedClusterRole = defineRule(
  {
    id: 'rbac-aggregated-clusterrole',
    title: 'Aggregated ClusterRole',
    severity: 'info',
    category: 'rbac',
    description:
      'A ClusterRole with `aggregationRule` is filled at run time with the rules of every ClusterRole whose labels match its selectors, including ClusterRoles installed later by other software. Its own `rules` are overwritten and not checked by the other RBAC rules. An empty selector aggregates every ClusterRole in the cluster, cluster-admin included.',
    remediation: 'Review which ClusterRoles carry the aggregation labels; use a specific label (e.g. `rbac.example.com/aggregate-to-monitoring: "true"`) and never an empty selector.',
  },
  (object) => {
    if (!isAggregated(object)) return [];
    const selectors = asArray(asObject(object.manifest.aggregationRule).clusterRoleSelectors);
    const out: Violation[] = [];
    selectors.forEach((selector, i) => {
      if (isEmptyLabelSelector(selector)) {
        out.push({
          path: object.pointer('aggregationRule', 'clusterRoleSelectors', i),
          message: `${describeObject(object)} aggregationRule.clusterRoleSelectors[${i}] is empty and aggregates every ClusterRole in the cluster, cluster-admin included`,
        });
      }
    });
    if (!out.length) {
      out.push({
        path: object.pointer('aggregationRule'),
        message: `${describeObject(object)} aggregates the rules of ClusterRoles matching its ${selectors.length} selector(s); its permissions depend on which ClusterRoles carry those labels`,
      });
    }
    return out;
  },
  { kinds: ['ClusterRole'] },
);
