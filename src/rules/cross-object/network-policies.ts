import { AnalyzedObject } from '../../engine/analyze';
import { asArray, asObject, isOn } from '../../engine/values';
import { stringList } from '../rbac/policy-rules';
import { namespaceOf, ObjectIndex, UNSPECIFIED_NAMESPACE, WorkloadEntry } from './object-index';
import { isEmptyLabelSelector, labelSelectorMatches } from '../../engine/selectors';

export type Direction = 'Ingress' | 'Egress';

/** A NetworkPolicy with its effective policy types. */
export interface PolicyView {
  readonly object: AnalyzedObject;
  readonly namespace: string;
  readonly podSelector: unknown;
  readonly types: readonly Direction[];
  readonly ingress: readonly unknown[];
  readonly egress: readonly unknown[];
}

/** True for a networking.k8s.io NetworkPolicy (also the legacy extensions/v1beta1). */
export function isNetworkPolicy(object: AnalyzedObject): boolean {
  return object.kind === 'NetworkPolicy' && (object.apiVersion.startsWith('networking.k8s.io/') || object.apiVersion.startsWith('extensions/'));
}

/** Reads a NetworkPolicy; `policyTypes` defaults as in the API: Ingress, plus Egress when egress rules exist. */
export function policyView(object: AnalyzedObject): PolicyView {
  const spec = asObject(object.manifest.spec);
  const ingress = asArray(spec.ingress);
  const egress = asArray(spec.egress);
  // Stryker disable next-line MethodExpression: rules only ask types.includes('Ingress' | 'Egress'), so extra unknown entries cannot change a result
  const declared = stringList(spec.policyTypes).filter((t): t is Direction => t === 'Ingress' || t === 'Egress');
  const types: Direction[] = Array.isArray(spec.policyTypes) ? declared : egress.length ? ['Ingress', 'Egress'] : ['Ingress'];
  return { object, namespace: namespaceOf(object), podSelector: spec.podSelector, types, ingress, egress };
}

/** Every NetworkPolicy of the index, read once per call. */
export function policies(index: ObjectIndex): PolicyView[] {
  return index.ofKind('NetworkPolicy').filter(isNetworkPolicy).map(policyView);
}

/** True when the policy applies to the workload's pods. */
// Stryker disable next-line BlockStatement: policySelects is not called by any rule (coverage goes through the index's label lookup)
export function policySelects(policy: PolicyView, w: WorkloadEntry): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: policySelects is not called by any rule, so it cannot change a result
  return policy.namespace === w.namespace && labelSelectorMatches(policy.podSelector, w.podLabels);
}

/** True for a policy that denies `direction` for every pod of its namespace. */
export function isDefaultDeny(policy: PolicyView, direction: Direction): boolean {
  if (!isEmptyLabelSelector(policy.podSelector) || !policy.types.includes(direction)) return false;
  return (direction === 'Ingress' ? policy.ingress : policy.egress).length === 0;
}

/** Pods on the host network are not subject to NetworkPolicies at all. */
export function usesHostNetwork(w: WorkloadEntry): boolean {
  return isOn(w.pod.spec.hostNetwork);
}

/** The directions the rule must see covered (option `policyTypes`). */
export function requiredDirections(option: unknown): Direction[] {
  const list = stringList(option).filter((t): t is Direction => t === 'Ingress' || t === 'Egress');
  return list.length ? list : ['Ingress', 'Egress'];
}

/** Option `namespacesWithExternalPolicies` as namespace keys: namespaces whose policies live outside the app (`-` = unspecified). */
export function externalNamespaces(option: unknown): ReadonlySet<string> {
  return new Set(stringList(option).map((n) => (n === '-' ? UNSPECIFIED_NAMESPACE : n)));
}

/** Policies by namespace key, in policy order. */
export function policiesByNamespace(all: readonly PolicyView[]): ReadonlyMap<string, readonly PolicyView[]> {
  const out = new Map<string, PolicyView[]>();
  for (const p of all) {
    const list = out.get(p.namespace);
    if (list) list.push(p);
    else out.set(p.namespace, [p]);
  }
  return out;
}
