import { PssLevel, Rule } from '../engine/rule';
import { KubernetesVersion } from '../engine/version';

/**
 * The Pod Security Standards rules that Pod Security Admission runs at a level and version:
 * every check whose first version is at or below the requested one; at `restricted`, baseline
 * checks replaced by an applicable restricted check (`overrides`) are dropped, as PSA does.
 */
export function pssRulesAt(level: PssLevel, version: KubernetesVersion, rules: readonly Rule[]): Rule[] {
  const applicable = rules.filter((rule) => {
    const pss = rule.meta.standards?.pss;
    if (!pss || pss.since > version.minor) return false;
    return level === 'restricted' || pss.level === 'baseline';
  });
  // Stryker disable next-line MethodExpression,OptionalChaining: every applicable rule has standards.pss (checked above), and an undefined in the set never equals a control name
  const replaced = new Set(applicable.map((r) => r.meta.standards?.pss?.overrides).filter((c): c is string => !!c));
  return applicable.filter((rule) => !replaced.has(rule.meta.standards!.pss!.control));
}
