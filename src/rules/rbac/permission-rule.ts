import { defineRule, Rule, RuleMetadata, Violation } from '../../engine/rule';
import { describeObject, grantOf, Permission, policyRules, ROLE_KINDS } from './policy-rules';

/** One permission a rule looks for, and how to name it in messages. */
export interface PermissionCheck {
  readonly permission: Permission;
  /** Why the permission matters, completing "grants … on …, which …". */
  readonly risk: string;
}

/** Settings of a permission rule. */
export interface PermissionRuleSettings {
  /** Skip entries narrowed by `resourceNames` (they grant access to named objects only). */
  readonly ignoreNamedResources?: boolean;
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

/**
 * Builds a rule that reports every `rules[i]` entry of a Role or ClusterRole granting one of the
 * permissions, including through `*` in verbs, resources or apiGroups.
 */
export function definePermissionRule(meta: RuleMetadata, checks: readonly PermissionCheck[], settings: PermissionRuleSettings = {}): Rule {
  return defineRule(meta, (object) => {
    const out: Violation[] = [];
    for (const entry of policyRules(object)) {
      if (settings.ignoreNamedResources && entry.resourceNames.length) continue;
      for (const check of checks) {
        const grant = grantOf(entry, check.permission);
        if (!grant.verbs.length) continue;
        const wildcard = grant.viaWildcard ? ' (through a `*` wildcard)' : '';
        const named = entry.resourceNames.length ? ` (limited to resourceNames ${list(entry.resourceNames)})` : '';
        out.push({
          path: entry.path,
          message: `${describeObject(object)} rules[${entry.index}] grants ${list(grant.verbs)} on ${list(grant.resources)}${wildcard}${named}, which ${check.risk}`,
        });
      }
    }
    return out;
  }, ROLE_KINDS);
}
