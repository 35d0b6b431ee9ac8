import { RuleMetadata } from '../engine/rule';
import { Severity } from '../engine/types';
import { LATEST_KUBERNETES_MINOR } from '../engine/version';
import { Profile, ResolvedProfile } from '../profiles/profile';
import { categoryRank } from './categories';

/** Version of the `rules --format json` shape; bumped on any incompatible change. */
export const RULES_LISTING_VERSION = 1;

/** One rule as `rules --format json` lists it: full metadata plus how the profile runs it. */
export interface RuleListingEntry extends RuleMetadata {
  /** Severity the profile gives the rule (may differ from `defaultSeverity`). */
  readonly severity: Severity;
  /** Severity in the rule's metadata. */
  readonly defaultSeverity: Severity;
  /** Options the profile runs the rule with (defaults merged with profile settings). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Whether the profile forbids suppressing the rule's findings. */
  readonly unsuppressible: boolean;
}

/** `rules --format json`: `{version, profile, kubernetesVersion, rules}`. */
export interface RuleListing {
  readonly version: typeof RULES_LISTING_VERSION;
  readonly profile: string;
  readonly kubernetesVersion: string;
  readonly rules: readonly RuleListingEntry[];
}

/** Documentation order: by category, then id. Sorting makes output independent of registration order. */
export function compareRules(a: RuleMetadata, b: RuleMetadata): number {
  return categoryRank(a.category) - categoryRank(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rules of a resolved profile, with full metadata, in documentation order. */
export function listRules(profile: ResolvedProfile): RuleListing {
  const rules = profile.rules
    .map((r) => ({ ...r.rule.meta, severity: r.severity, defaultSeverity: r.rule.meta.severity, options: r.options, unsuppressible: r.unsuppressible }))
    .sort(compareRules);
  return { version: RULES_LISTING_VERSION, profile: profile.name, kubernetesVersion: profile.kubernetesVersion.label, rules };
}

/** Rule ids a profile runs at any Kubernetes version (restricted replaces some baseline rules at some versions). */
export function ruleIdsAcrossVersions(profile: Profile): Set<string> {
  const ids = new Set<string>();
  for (let minor = 0; minor <= LATEST_KUBERNETES_MINOR; minor++) {
    for (const r of profile.resolve({ label: `v1.${minor}`, minor }).rules) ids.add(r.rule.meta.id);
  }
  return ids;
}
