import { AnalyzedObject } from '../../engine/analyze';
import { asArray, asObject, isSet } from '../../engine/values';
import { RuleApplicability } from '../../engine/rule';
import { optionCache } from '../../engine/option-cache';

/** One entry of `rules` of a Role or ClusterRole, with its values read defensively. */
export interface PolicyRuleEntry {
  readonly index: number;
  /** JSON pointer to the entry. */
  readonly path: string;
  readonly verbs: readonly string[];
  readonly resources: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resourceNames: readonly string[];
}

/** Reads a list of strings; a single string counts as a one-element list so a typo cannot hide a grant. */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

/**
 * `stringList` of a rule option, worked out once per profile: rules that run on every object read
 * their option lists for each of them. The lists are shared, so callers must not change them.
 */
export const stringListOption: (value: unknown) => readonly string[] = optionCache(stringList);

/** What rules about Roles and ClusterRoles apply to (they also check the API group). */
export const ROLE_KINDS: RuleApplicability = { kinds: ['Role', 'ClusterRole'] };

/** What rules about RoleBindings and ClusterRoleBindings apply to (they also check the API group). */
export const BINDING_KINDS: RuleApplicability = { kinds: ['RoleBinding', 'ClusterRoleBinding'] };

/** True for Role and ClusterRole objects. */
export function isRole(object: AnalyzedObject): boolean {
  return object.apiVersion.startsWith('rbac.authorization.k8s.io/') && (object.kind === 'Role' || object.kind === 'ClusterRole');
}

/** True for RoleBinding and ClusterRoleBinding objects. */
export function isBinding(object: AnalyzedObject): boolean {
  return object.apiVersion.startsWith('rbac.authorization.k8s.io/') && (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding');
}

/**
 * True for a ClusterRole with an `aggregationRule`: the controller manager replaces its `rules`
 * with the union of the matching ClusterRoles, so the rules written in the manifest never apply.
 */
export function isAggregated(object: AnalyzedObject): boolean {
  return object.kind === 'ClusterRole' && isSet(object.manifest.aggregationRule);
}

/** Every rule entry of a Role/ClusterRole, not only the first. Empty for other objects and aggregated ClusterRoles. */
export function policyRules(object: AnalyzedObject): PolicyRuleEntry[] {
  if (!isRole(object) || isAggregated(object)) return [];
  return asArray(object.manifest.rules).map((value, index) => {
    const entry = asObject(value);
    return {
      index,
      path: object.pointer('rules', index),
      verbs: stringList(entry.verbs),
      resources: stringList(entry.resources),
      apiGroups: stringList(entry.apiGroups),
      resourceNames: stringList(entry.resourceNames),
    };
  });
}

/** A permission to look for: any of the verbs on any of the resources in any of the groups. */
export interface Permission {
  readonly apiGroups: readonly string[];
  /** Resources, with subresources written `pods/exec`. */
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/** What an entry grants of a permission: the matching verbs and resources (empty when nothing). */
export interface Grant {
  readonly verbs: readonly string[];
  readonly resources: readonly string[];
  /** True when a `*` in the entry produced the match. */
  readonly viaWildcard: boolean;
}

/**
 * Mirrors `ResourceMatches` of the Kubernetes RBAC authorizer: `*`, exact, and `*` + `/subresource`.
 * A requested `userextras/*` stands for every subresource of `userextras`.
 */
function resourceMatches(ruleResource: string, requested: string): boolean {
  if (ruleResource === '*' || ruleResource === requested) return true;
  if (requested.endsWith('/*')) return ruleResource.startsWith(requested.slice(0, -1));
  const slash = requested.indexOf('/');
  if (slash < 0) return false;
  return ruleResource === '*/' + requested.slice(slash + 1);
}

/** What `entry` grants of `permission`, following the RBAC authorizer's wildcard semantics. */
export function grantOf(entry: PolicyRuleEntry, permission: Permission): Grant {
  // Stryker disable next-line BooleanLiteral: a grant without verbs is ignored by every caller (permission-rule skips it), so viaWildcard of the empty grant is never read
  const none: Grant = { verbs: [], resources: [], viaWildcard: false };
  const groupExplicit = permission.apiGroups.some((g) => entry.apiGroups.includes(g));
  const groupWildcard = !groupExplicit && entry.apiGroups.includes('*');
  if (!groupExplicit && !groupWildcard) return none;
  const verbWildcard = entry.verbs.includes('*');
  const verbs = verbWildcard ? [...permission.verbs] : permission.verbs.filter((v) => entry.verbs.includes(v));
  if (!verbs.length) return none;
  const resources = permission.resources.filter((r) => entry.resources.some((rr) => resourceMatches(rr, r)));
  if (!resources.length) return none;
  const resourceWildcard = resources.some((r) => !entry.resources.includes(r));
  return { verbs, resources, viaWildcard: verbWildcard || resourceWildcard || groupWildcard };
}

/** Names a role for messages: `ClusterRole "ops"`. */
export function describeObject(object: AnalyzedObject): string {
  return object.ref.name !== undefined ? `${object.kind} "${object.ref.name}"` : object.kind;
}
