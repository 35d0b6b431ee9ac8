import { AnalyzedObject } from './analyze';
import { Severity } from './types';
import { KubernetesVersion } from './version';
import { addOutcome, NO_VIOLATIONS } from './outcome-list';
import { PodFeature } from './pod-features';
import { ContainerView, PodSpecView } from './workload';

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
  /**
   * Only objects with a pod spec that has at least one of these features (implies `podSpecs`):
   * for rules that can only report on settings most pods leave out, such as host namespaces.
   */
  readonly podFeatures?: readonly PodFeature[];
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

/** What a pod spec or container check reports on what it looked at: nothing, one violation, or several. */
export type CheckOutcome = Violation | readonly Violation[] | undefined;

/** Checks one container (init, regular or ephemeral) of one pod spec of an object. */
export type ContainerCheck = (container: ContainerView, pod: PodSpecView, object: AnalyzedObject, context: RuleContext) => CheckOutcome;

/** Checks one pod spec of an object (workloads have one; custom pod template locations may add more). */
export type PodSpecCheck = (pod: PodSpecView, object: AnalyzedObject, context: RuleContext) => CheckOutcome;

/*
 * Why rules about containers and pod specs are defined through the helpers below: a synthesis
 * checks each object once, mostly before V8 has optimized the rules. The loops over pod specs and
 * containers and the collecting of violations are then one function shared by all such rules, which
 * V8 optimizes after a few objects, where a loop of each rule's own waited for its own turn; moving
 * 48 rules to these helpers (12 of them Pod Security rules) took 13–15% off the evaluation of the
 * bench app's 10,000 objects (`npm run bench:tiering` shows the effect on its own).
 */

/**
 * Helper to define a rule about containers: `check` sees one container at a time, every container of
 * every pod spec in order (init, regular, ephemeral), and returns what it finds there (mostly nothing).
 * @param appliesTo @default { podSpecs: true } (containers only exist in pod specs)
 */
export function defineContainerRule(meta: RuleMetadata, check: ContainerCheck, appliesTo: RuleApplicability = { podSpecs: true }): Rule {
  return defineRule(meta, (object, context) => eachContainer(object, context, check), appliesTo);
}

/**
 * Helper to define a rule about pod specs: `check` sees one pod spec at a time, in order, and returns
 * what it finds there (mostly nothing).
 * @param appliesTo @default { podSpecs: true }
 */
export function definePodSpecRule(meta: RuleMetadata, check: PodSpecCheck, appliesTo: RuleApplicability = { podSpecs: true }): Rule {
  return defineRule(meta, (object, context) => eachPodSpec(object, context, check), appliesTo);
}

/** Runs a container check on every container of an object, collecting what it reports in order. */
export function eachContainer(object: AnalyzedObject, context: RuleContext, check: ContainerCheck): readonly Violation[] {
  let out: Violation[] | undefined;
  const pods = object.podSpecs;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    const containers = pod.containers;
    for (let j = 0; j < containers.length; j++) {
      const found = check(containers[j], pod, object, context);
      // Most checks find nothing: no call to add nothing.
      if (found !== undefined) out = addOutcome(out, found);
    }
  }
  return out ?? NO_VIOLATIONS;
}

/** Runs a pod spec check on every pod spec of an object, collecting what it reports in order. */
export function eachPodSpec(object: AnalyzedObject, context: RuleContext, check: PodSpecCheck): readonly Violation[] {
  let out: Violation[] | undefined;
  const pods = object.podSpecs;
  for (let i = 0; i < pods.length; i++) {
    const found = check(pods[i], object, context);
    if (found !== undefined) out = addOutcome(out, found);
  }
  return out ?? NO_VIOLATIONS;
}
