import { AnalyzedObject } from './analyze';
import { EntryTable } from './entry-table';
import { ruleFailure } from './findings';
import { podFeatureBits } from './pod-features';
import { Rule, RuleApplicability, RuleContext, Violation } from './rule';
import { TextPool } from './text-pool';
import { Finding } from './types';
import { ResolvedProfile, ResolvedRule } from '../profiles/profile';

/** The pools an evaluation keeps paths and messages in. */
export interface TextPools {
  readonly paths: TextPool;
  readonly messages: TextPool;
}

/**
 * What one single-object rule reported, object by object in input order. Texts are pooled as they
 * come, so the rule's violation objects and the texts they built are garbage at once (kept until
 * the end of the pass, they added ~8% to the peak memory of checking 40,000 workloads).
 */
export class RuleOutcomes {
  public readonly entries = new EntryTable();
  /** Entries where the rule threw (their finding is the failure), in order. */
  public readonly failures: number[] = [];
  private readonly paths: TextPool;
  private readonly messages: TextPool;

  constructor(public readonly resolved: ResolvedRule, pools: TextPools) {
    this.paths = pools.paths.front();
    this.messages = pools.messages.front();
  }

  /** Records the violations the rule reported on one object. */
  public addAll(object: AnalyzedObject, violations: readonly Violation[]): void {
    for (let v = 0; v < violations.length; v++) {
      const violation = violations[v];
      this.entries.push(object, this.paths.intern(violation.path), this.messages.intern(violation.message), violation.container, undefined);
    }
  }

  public fail(object: AnalyzedObject, failure: Finding): void {
    this.failures.push(this.entries.push(object, '', '', undefined, failure));
  }
}

/** Objects between two progress calls: often enough for a heartbeat, rare enough to cost nothing. */
export const OBJECTS_PER_PROGRESS = 1000;

/**
 * Runs the single-object rules of a profile (`check`), all rules on one object before the next.
 *
 * Object by object, not rule by rule: a rule is then called throughout the pass, so V8 has
 * optimized it by the time most objects come. Rule by rule, each rule ran over all its objects in
 * one burst, mostly before its optimized code was ready, and a one-off check (a synthesis) ran
 * ~3 times slower than a warm one. Outcomes are kept per rule, in object order, so that they can
 * be recorded rule by rule as if the rules had run one after the other.
 */
export function checkObjectByObject(objects: readonly AnalyzedObject[], profile: ResolvedProfile, pools: TextPools, onProgress?: () => void): RuleOutcomes[] {
  const pass = new ObjectPass(profile, pools);
  // Blocks of objects, with progress between them: a progress call inside the per-object loop was
  // first reached at the thousandth object, after V8 had optimized the loop, and undid that.
  for (let from = 0; from < objects.length; from += OBJECTS_PER_PROGRESS) {
    const to = Math.min(objects.length, from + OBJECTS_PER_PROGRESS);
    pass.check(objects, from, to);
    if (to - from === OBJECTS_PER_PROGRESS) onProgress?.();
  }
  return pass.outcomes;
}

/** The state of one pass: each single-object rule's outcomes, rule and context, by position. */
class ObjectPass {
  public readonly outcomes: RuleOutcomes[];
  private readonly rules: Rule[];
  private readonly contexts: RuleContext[];
  private readonly applicable: ApplicableRules;

  constructor(profile: ResolvedProfile, pools: TextPools) {
    this.outcomes = profile.rules.filter((r) => r.rule.check !== undefined).map((r) => new RuleOutcomes(r, pools));
    this.rules = this.outcomes.map((o) => o.resolved.rule);
    this.contexts = this.outcomes.map((o) => ({ kubernetesVersion: profile.kubernetesVersion, options: o.resolved.options }));
    this.applicable = new ApplicableRules(this.outcomes.map((o) => o.resolved));
  }

  /** Runs the applicable rules on objects [from, to). */
  public check(objects: readonly AnalyzedObject[], from: number, to: number): void {
    const { outcomes, rules: ruleList, contexts, applicable } = this;
    for (let i = from; i < to; i++) {
      const object = objects[i];
      const rules = applicable.for(object);
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k];
        let violations: readonly Violation[];
        try {
          violations = ruleList[r].check!(object, contexts[r]);
        } catch (error) {
          outcomes[r].fail(object, ruleFailure(outcomes[r].resolved, object, error));
          continue;
        }
        if (violations.length) outcomes[r].addAll(object, violations);
      }
    }
  }
}

/** The violation recorded for a rule failure: the finding says what failed. */
export const NO_VIOLATION: Violation = { path: '', message: '' };

/**
 * Whether the engine calls a single-object rule with this `appliesTo` for an object. The rule must
 * report nothing on the objects this leaves out (it only spares the calls).
 */
export function isApplicable(appliesTo: RuleApplicability | undefined, object: AnalyzedObject): boolean {
  const kinds = appliesTo?.kinds;
  return applies(kinds && new Set(kinds), appliesTo?.podSpecs === true, podFeatureBits(appliesTo?.podFeatures ?? []), object.kind, object.podSpecs.length > 0, featuresOf(object));
}

/** The bits of a rule's `appliesTo.podFeatures`; an unknown name is an error that names the rule. */
function requiredFeatures(rule: Rule): number {
  const features = rule.appliesTo?.podFeatures;
  if (features === undefined) return 0;
  try {
    return podFeatureBits(features);
  } catch (error) {
    throw new Error(`rule ${rule.meta.id}: appliesTo.podFeatures: ${(error as Error).message}`);
  }
}

function applies(kinds: ReadonlySet<string> | undefined, podSpecs: boolean, requiredFeatures: number, kind: string, withPods: boolean, features: number): boolean {
  if (kinds !== undefined && !kinds.has(kind)) return false;
  if ((podSpecs || requiredFeatures !== 0) && !withPods) return false;
  return requiredFeatures === 0 || (features & requiredFeatures) !== 0;
}

/** The features of all the object's pod specs together. */
function featuresOf(object: AnalyzedObject): number {
  const pods = object.podSpecs;
  let features = 0;
  for (let i = 0; i < pods.length; i++) features |= pods[i].features;
  return features;
}

/**
 * The single-object rules to call for an object: those whose `appliesTo` matches its kind, whether
 * it has pod specs, and their features. Lists are shared by the objects that agree on all three.
 */
class ApplicableRules {
  /** By kind, then by the features of the object's pod specs (-1: no pod spec). */
  private readonly lists = new Map<string, Map<number, readonly number[]>>();
  private readonly kinds: Array<ReadonlySet<string> | undefined>;
  private readonly requiredFeatures: number[];

  constructor(private readonly rules: readonly ResolvedRule[]) {
    this.kinds = rules.map((r) => (r.rule.appliesTo?.kinds ? new Set(r.rule.appliesTo.kinds) : undefined));
    this.requiredFeatures = rules.map((r) => requiredFeatures(r.rule));
  }

  public for(object: AnalyzedObject): readonly number[] {
    const withPods = object.podSpecs.length > 0;
    const key = withPods ? featuresOf(object) : -1;
    let byFeatures = this.lists.get(object.kind);
    // Stryker disable next-line ConditionalExpression: a new map each time only forgets the lists built so far; only speed differs
    if (byFeatures === undefined) this.lists.set(object.kind, (byFeatures = new Map()));
    let list = byFeatures.get(key);
    // Stryker disable next-line ConditionalExpression: building the list again gives the same rules; only speed differs
    if (list === undefined) {
      const indexes: number[] = [];
      this.rules.forEach((r, k) => {
        if (applies(this.kinds[k], r.rule.appliesTo?.podSpecs === true, this.requiredFeatures[k], object.kind, withPods, key)) indexes.push(k);
      });
      list = indexes;
      byFeatures.set(key, list);
    }
    return list;
  }
}
