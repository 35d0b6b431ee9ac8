import { Rule } from '../engine/rule';
import { Severity } from '../engine/types';
import { KubernetesVersion } from '../engine/version';

/** Per-rule settings a profile applies on top of the rule's metadata. */
export interface RuleSettings {
  /** Overrides the rule's default severity. */
  readonly severity?: Severity;
  /** Merged over the rule's default options. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** When true, findings of this rule can never be suppressed. */
  readonly unsuppressible?: boolean;
}

/** A rule as a profile runs it. */
export interface ResolvedRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
  readonly unsuppressible: boolean;
}

/** A profile resolved for one Kubernetes version. */
export interface ResolvedProfile {
  readonly name: string;
  readonly kubernetesVersion: KubernetesVersion;
  readonly rules: readonly ResolvedRule[];
}

/** Produces the rules of a profile at a Kubernetes version. */
export type RuleResolver = (version: KubernetesVersion) => readonly ResolvedRule[];

/** Builds a ResolvedRule from a rule and optional settings. */
export function resolveRule(rule: Rule, settings: RuleSettings = {}): ResolvedRule {
  return {
    rule,
    severity: settings.severity ?? rule.meta.severity,
    options: { ...(rule.meta.defaultOptions ?? {}), ...(settings.options ?? {}) },
    unsuppressible: settings.unsuppressible ?? false,
  };
}

/** A named set of rules with their settings. */
export class Profile {
  constructor(
    /** Name used by `--profile` and `enforce({ profile })`. */
    public readonly name: string,
    /** One-line description for listings. */
    public readonly description: string,
    private readonly resolver: RuleResolver,
  ) {}

  /** The rules this profile runs at a Kubernetes version. */
  public resolve(version: KubernetesVersion): ResolvedProfile {
    return { name: this.name, kubernetesVersion: version, rules: this.resolver(version) };
  }
}
