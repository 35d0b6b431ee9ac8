import { AnalyzedObject } from '../../engine/analyze';
import { CheckOutcome, defineRule, PssMapping, Rule, RuleApplicability, RuleMetadata, StandardsMapping, Violation } from '../../engine/rule';
import { addOutcome, NO_VIOLATIONS } from '../../engine/outcome-list';
import { Obj } from '../../engine/values';
import { ContainerView, PodSpecView } from '../../engine/workload';

/** Checks one pod spec the way one `VersionedCheck` of Pod Security Admission does; `minor` is the requested version. */
export type PodCheck = (pod: PodSpecView, object: AnalyzedObject, minor: number) => readonly Violation[];

/** Checks one container the way a `VersionedCheck` does; `minor` is the requested version. */
export type PssContainerCheck = (c: ContainerView, pod: PodSpecView, object: AnalyzedObject, minor: number) => CheckOutcome;


/**
 * A pod check made of a container check. The loop over containers is one function for every such
 * check, which V8 optimizes after a few objects (see `defineContainerRule`).
 */
export function containerBehaviour(check: PssContainerCheck): PodCheck {
  return (pod, object, minor) => {
    let out: Violation[] | undefined;
    const containers = pod.containers;
    for (let i = 0; i < containers.length; i++) {
      const found = check(containers[i], pod, object, minor);
      if (found !== undefined) out = addOutcome(out, found);
    }
    return out ?? NO_VIOLATIONS;
  };
}

/** Checks one security context: the pod's (`container` undefined) or a container's. */
export type SecurityContextCheck = (sc: Obj, scPath: string, container: ContainerView | undefined, pod: PodSpecView, object: AnalyzedObject, minor: number) => CheckOutcome;

/**
 * A pod check over the pod's security context and then each container's, in that order, with one
 * loop shared by every such check (as `containerBehaviour`).
 */
export function securityContextBehaviour(check: SecurityContextCheck): PodCheck {
  return (pod, object, minor) => {
    const found = check(pod.securityContext, pod.securityContextPath, undefined, pod, object, minor);
    let out = found === undefined ? undefined : addOutcome(undefined, found);
    const containers = pod.containers;
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i];
      const inContainer = check(c.securityContext, c.securityContextPath, c, pod, object, minor);
      if (inContainer !== undefined) out = addOutcome(out, inContainer);
    }
    return out ?? NO_VIOLATIONS;
  };
}


/** The behaviour of a check from a minor version on (PSA's `VersionedCheck.MinimumVersion`). */
export interface PssBehaviour {
  /** First minor version (1.N) this behaviour applies at. */
  readonly since: number;
  readonly check: PodCheck;
}

/** Rule metadata whose `since`/`versions` are derived from the behaviours, so they cannot drift apart. */
export type PssRuleMetadata = Omit<RuleMetadata, 'standards'> & {
  readonly standards: Omit<StandardsMapping, 'pss'> & { readonly pss: Omit<PssMapping, 'since' | 'versions'> };
};

/**
 * The behaviour PSA runs at a minor version: the one with the highest `since` at or below it, or
 * undefined when the check does not exist yet at that version.
 */
export function behaviourAt(behaviours: readonly PssBehaviour[], minor: number): PssBehaviour | undefined {
  let chosen: PssBehaviour | undefined;
  for (let i = 0; i < behaviours.length; i++) {
    const b = behaviours[i];
    if (b.since <= minor && (!chosen || b.since > chosen.since)) chosen = b;
  }
  return chosen;
}

/**
 * Defines a Pod Security Standards rule from its per-version behaviours.
 * @param appliesTo @default { podSpecs: true }
 */
export function definePssRule(meta: PssRuleMetadata, behaviours: readonly PssBehaviour[], appliesTo: RuleApplicability = { podSpecs: true }): Rule {
  if (!behaviours.length) throw new Error(`PSS rule ${meta.id} needs at least one behaviour`);
  const versions = [...new Set(behaviours.map((b) => b.since))].sort((a, b) => a - b);
  const full: RuleMetadata = {
    ...meta,
    standards: { ...meta.standards, pss: { ...meta.standards.pss, since: versions[0], versions } },
  };
  // The behaviour of the requested minor version, chosen once per version instead of once per
  // object (an evaluation asks for one version; two Map lookups per object cost more than the check).
  let chosenMinor: number | undefined;
  let chosen: PssBehaviour | undefined;
  return defineRule(
    full,
    (object, context) => {
      const minor = context.kubernetesVersion.minor;
      // Stryker disable next-line ConditionalExpression: choosing again on every call picks the same behaviour (behaviourAt is pure); only speed differs
      if (minor !== chosenMinor) {
        chosen = behaviourAt(behaviours, minor);
        chosenMinor = minor;
      }
      const behaviour = chosen;
      if (!behaviour) return NO_VIOLATIONS;
      // One pod spec is the usual case: its violations need no copying.
      if (object.podSpecs.length === 1) return behaviour.check(object.podSpecs[0], object, minor);
      const out: Violation[] = [];
      for (let i = 0; i < object.podSpecs.length; i++) {
        const pod = object.podSpecs[i];
        out.push(...behaviour.check(pod, object, minor));
      }
      return out;
    },
    appliesTo,
  );
}
