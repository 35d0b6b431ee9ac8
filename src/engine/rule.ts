import { AnalyzedObject } from './analyze';
import { Severity } from './types';
import { KubernetesVersion } from './version';

/** Rule categories, used to group rules in docs and listings. */
export type RuleCategory =
  | 'pod-security'
  | 'host-isolation'
  | 'capabilities'
  | 'identity'
  | 'images'
  | 'resources'
  | 'availability'
  | 'service-accounts'
  | 'rbac'
  | 'network'
  | 'secrets'
  | 'metadata'
  | 'custom';

/** Pod Security Standards level. */
export type PssLevel = 'baseline' | 'restricted';

/** Maps a rule to a check of the Pod Security Admission reference implementation. */
export interface PssMapping {
  readonly level: PssLevel;
  /** The reference check id, e.g. `hostPorts`, `capabilities_restricted`. */
  readonly control: string;
  /** First minor version (1.N) the check applies at. */
  readonly since: number;
  /** Minor versions at which the check's behaviour changes, including `since`. */
  readonly versions?: readonly number[];
  /** Baseline control this restricted control replaces at the restricted level. */
  readonly overrides?: string;
}

/** A CIS Kubernetes Benchmark recommendation. */
export interface CisMapping {
  readonly id: string;
  /** Benchmark version the id is from, e.g. `1.10`. */
  readonly benchmark: string;
}

/** Where a rule sits in the security standards. */
export interface StandardsMapping {
  readonly pss?: PssMapping;
  readonly cis?: readonly CisMapping[];
  /** NSA/CISA Kubernetes Hardening Guidance sections or Kubescape control ids. */
  readonly nsa?: readonly string[];
}

/** Rule metadata, kept as data so listings and docs are generated from it. */
export interface RuleMetadata {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  readonly description: string;
  readonly remediation: string;
  readonly standards?: StandardsMapping;
  /** Matching checks of other tools, by tool name (e.g. `kube-linter: ['privileged-container']`). */
  readonly equivalents?: Readonly<Record<string, readonly string[]>>;
  /** Options the rule accepts, with their defaults. */
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
}

/** One violation a rule reports. */
export interface Violation {
  /** JSON pointer (within the document) to the offending field; it need not exist. */
  readonly path: string;
  readonly message: string;
  /** Name of the container concerned, if any. */
  readonly container?: string;
}

/** A violation of a cross-object rule, attached to the object it is reported on. */
export interface ObjectViolation extends Violation {
  readonly object: AnalyzedObject;
}

/** What a rule can see besides the object. */
export interface RuleContext {
  readonly kubernetesVersion: KubernetesVersion;
  /** The rule's options: its defaults merged with the profile's settings. */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * Which objects a single-object rule can report on. The engine calls `check` only for matching
 * objects, so a rule about Services is not called for ten thousand Deployments. Declaring it is
 * optional and only an optimization: the rule must give the same result without it.
 */
export interface RuleApplicability {
  /** Only objects of these kinds (any apiVersion). */
  readonly kinds?: readonly string[];
  /** Only objects with at least one pod spec (workloads, including custom pod template locations). */
  readonly podSpecs?: boolean;
}

/**
 * A policy rule: metadata plus a pure check. Implement `check` for rules about one object at a
 * time, or `checkAll` for rules that relate objects to each other.
 */
export interface Rule {
  readonly meta: RuleMetadata;
  /** Objects `check` can apply to. @default - every object */
  readonly appliesTo?: RuleApplicability;
  check?(object: AnalyzedObject, context: RuleContext): readonly Violation[];
  checkAll?(objects: readonly AnalyzedObject[], context: RuleContext): readonly ObjectViolation[];
}

/** Helper to define a single-object rule with type checking. */
export function defineRule(
  meta: RuleMetadata,
  check: (object: AnalyzedObject, context: RuleContext) => readonly Violation[],
  appliesTo?: RuleApplicability,
): Rule {
  return appliesTo ? { meta, appliesTo, check } : { meta, check };
}

/** Helper to define a cross-object rule. */
export function defineCrossObjectRule(
  meta: RuleMetadata,
  checkAll: (objects: readonly AnalyzedObject[], context: RuleContext) => readonly ObjectViolation[],
): Rule {
  return { meta, checkAll };
}
