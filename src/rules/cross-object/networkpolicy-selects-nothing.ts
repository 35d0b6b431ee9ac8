import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asObject, isSet } from '../../engine/values';
import { describeNamespace, indexObjects } from './object-index';
import { policies } from './network-policies';
import { describeSelector, isEmptyLabelSelector } from '../../engine/selectors';

/** A policy (or peer) whose selector matches no pod usually carries a typo and protects nothing. */
export const networkPolicySelectsNothing = defineCrossObjectRule(
  {
    id: 'networkpolicy-selects-nothing',
    title: 'NetworkPolicy selects no pods',
    severity: 'warning',
    category: 'network',
    description:
      'A NetworkPolicy whose `podSelector`, or a peer `podSelector` of its rules (without `namespaceSelector`, i.e. in the same namespace), matches no workload of the app in its namespace does nothing useful: usually a label typo that leaves the intended pods unprotected or their allowed traffic blocked. Empty selectors (all pods) are not reported.',
    remediation: 'Fix the selector so it matches the pod template labels of the intended workloads, or remove the policy.',
    equivalents: { 'kube-linter': ['dangling-networkpolicy', 'dangling-networkpolicypeer-podselector'], 'kube-score': ['networkpolicy-targets-pod'] },
  },
  (objects) => {
    const index = indexObjects(objects);
    const out: ObjectViolation[] = [];
    for (const policy of policies(index)) {
      const matchesSome = (selector: unknown) => index.workloadsMatchingLabelSelector(policy.namespace, selector).length > 0;
      const name = `NetworkPolicy "${policy.object.ref.name ?? '?'}"`;
      if (isSet(policy.podSelector) && !isEmptyLabelSelector(policy.podSelector) && !matchesSome(policy.podSelector)) {
        out.push({
          object: policy.object,
          path: policy.object.pointer('spec', 'podSelector'),
          message: `${name} podSelector (${describeSelector(policy.podSelector)}) matches no workload in ${describeNamespace(policy.namespace)}`,
        });
      }
      for (const [field, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
        const rules = field === 'ingress' ? policy.ingress : policy.egress;
        rules.forEach((rule, i) => {
          asArray(asObject(rule)[peers]).forEach((raw, j) => {
            const peer = asObject(raw);
            if (!isSet(peer.podSelector) || isSet(peer.namespaceSelector) || isEmptyLabelSelector(peer.podSelector) || matchesSome(peer.podSelector)) return;
            out.push({
              object: policy.object,
              path: policy.object.pointer('spec', field, i, peers, j, 'podSelector'),
              message: `${name} ${field}[${i}].${peers}[${j}].podSelector (${describeSelector(peer.podSelector)}) matches no workload in ${describeNamespace(policy.namespace)}`,
            });
          });
        });
      }
    }
    return out;
  },
);
