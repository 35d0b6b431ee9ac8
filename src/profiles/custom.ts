import { POD_FEATURES } from '../engine/pod-features';
import { Rule } from '../engine/rule';
import { KubernetesVersion, LATEST_KUBERNETES_MINOR } from '../engine/version';
import { Profile, resolveRule, ResolvedRule, RuleSettings } from './profile';

/** How to compose a profile from others. */
export interface CustomProfileProps {
  /** Name of the new profile. */
  readonly name: string;
  /** One-line description. @default - "Custom profile" */
  readonly description?: string;
  /** Profiles whose rules (with their settings) this one starts from. @default - none */
  readonly extends?: readonly Profile[];
  /** Extra rules, e.g. your own written with `defineRule`. @default - none */
  readonly rules?: readonly Rule[];
  /** Rule ids to leave out. @default - none */
  readonly exclude?: readonly string[];
  /** Per-rule severity, options and suppressibility overrides, by rule id. @default - none */
  readonly settings?: Readonly<Record<string, RuleSettings>>;
}

/** Thrown when a custom profile names a rule it does not contain. */
export class ProfileDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileDefinitionError';
  }
}

/** Composes a profile: rules of the extended profiles plus extra rules, minus exclusions, with settings applied. */
export function customProfile(props: CustomProfileProps): Profile {
  const resolver = (version: KubernetesVersion): ResolvedRule[] => {
    const byId = new Map<string, ResolvedRule>();
    for (const base of props.extends ?? []) {
      for (const resolved of base.resolve(version).rules) byId.set(resolved.rule.meta.id, resolved);
    }
    for (const rule of props.rules ?? []) byId.set(rule.meta.id, resolveRule(rule));
    // Stryker disable next-line ArrayDeclaration: without exclusions, deleting a placeholder id that no rule has removes nothing
    for (const id of props.exclude ?? []) byId.delete(id);
    for (const [id, settings] of Object.entries(props.settings ?? {})) {
      const current = byId.get(id);
      if (!current) continue; // rule not active at this version (e.g. a PSS check newer than the target)
      byId.set(id, {
        rule: current.rule,
        severity: settings.severity ?? current.severity,
        options: { ...current.options, ...(settings.options ?? {}) },
        unsuppressible: settings.unsuppressible ?? current.unsuppressible,
      });
    }
    return [...byId.values()];
  };
  validateReferences(props);
  validatePodFeatures(props);
  return new Profile(props.name, props.description ?? 'Custom profile', resolver);
}

function validateReferences(props: CustomProfileProps): void {
  const known = new Set<string>();
  for (const base of props.extends ?? []) {
    // Restricted replaces some baseline rules at later versions, so collect ids across all versions.
    for (let minor = 0; minor <= LATEST_KUBERNETES_MINOR; minor++) {
      // Stryker disable next-line StringLiteral: only rule ids are collected here; resolvers pick rules by `minor`, the label is display text
      for (const r of base.resolve({ label: `v1.${minor}`, minor }).rules) known.add(r.rule.meta.id);
    }
  }
  for (const rule of props.rules ?? []) known.add(rule.meta.id);
  const unknown = [...(props.exclude ?? []), ...Object.keys(props.settings ?? {})].filter((id) => !known.has(id));
  if (unknown.length) {
    throw new ProfileDefinitionError(
      `Profile "${props.name}" refers to unknown rule id(s): ${unknown.join(', ')}. Run \`cdk8s-guardrails rules\` to list the valid ids.`,
    );
  }
}

/** A misspelt pod feature would make the engine skip pods the rule must see: refuse it here. */
function validatePodFeatures(props: CustomProfileProps): void {
  for (const rule of props.rules ?? []) {
    const unknown = (rule.appliesTo?.podFeatures ?? []).filter((f) => !POD_FEATURES.includes(f));
    if (unknown.length) {
      throw new ProfileDefinitionError(
        `Rule "${rule.meta.id}" of profile "${props.name}" declares unknown pod feature(s) in appliesTo.podFeatures: ${unknown.join(', ')}. The features are: ${POD_FEATURES.join(', ')}.`,
      );
    }
  }
}
