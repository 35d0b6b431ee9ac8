import { analyzeInputInto, AnalyzedObject, withBuiltinLocations } from './analyze';
import { FindingLocation, locate, ruleFailure, sortFindings, toFinding } from './findings';
import { ObjectViolation, RuleContext, Violation } from './rule';
import { FailOn, Finding, ManifestInput, meetsThreshold, Report, ReportSummary, Severity, SEVERITY_ORDER, SuppressionSelector } from './types';
import { PodTemplateLocation } from './workload';
import { ResolvedProfile, ResolvedRule } from '../profiles/profile';
import { SuppressionMatcher } from './suppressions';
import { EntrySegments, lastStartAtOrBefore } from './entry-table';
import { checkObjectByObject, NO_VIOLATION, RuleOutcomes } from './object-pass';
import { TextPool } from './text-pool';
import { compareText } from './text-order';

/** Options of one evaluation. */
export interface EvaluateOptions {
  /** Extra pod template locations for custom resources (e.g. Argo Rollouts `spec.template`). */
  readonly podTemplateLocations?: readonly PodTemplateLocation[];
  /** The current time, for suppression expiry. @default - now */
  readonly now?: Date;
  /** Suppressions from a central file, matched by kind, namespace and name. @default - none */
  readonly suppressionSelectors?: readonly SuppressionSelector[];
  /** Severity of findings about suppressions that matched nothing, or `off`. @default 'warning' */
  readonly unusedSuppressions?: Severity | 'off';
  /**
   * Called every thousand objects of the single-object rules and after each cross-object rule,
   * e.g. as the heartbeat of a check in a worker thread. @default - none
   */
  readonly onProgress?: () => void;
}

/** Analyzes inputs into objects once; the result can be evaluated by several profiles. */
// Stryker disable next-line ArrayDeclaration: an entry that is not a location (the mutant's string) matches no object's kind, so the result is that of no extra locations
export function analyzeAll(inputs: readonly ManifestInput[], locations: readonly PodTemplateLocation[] = []): AnalyzedObject[] {
  const objects: AnalyzedObject[] = [];
  // Appended in place: no list per input. An index loop: this runs once per object, mostly in V8's
  // baseline tiers, where for…of makes an iterator result per item.
  const all = withBuiltinLocations(locations);
  for (let i = 0; i < inputs.length; i++) analyzeInputInto(inputs[i], all, objects);
  return objects;
}

/** Which findings to select: by severity against a threshold, and by suppression. */
export interface FindingFilter {
  /** Only findings at or above this severity (`never`: none). @default - any severity */
  readonly atOrAbove?: FailOn;
  /** Only findings below this severity (`never`: all). @default - any severity */
  readonly below?: FailOn;
  /** Only suppressed (`true`) or only unsuppressed (`false`) findings. @default - both */
  readonly suppressed?: boolean;
}

/** Findings of one rule that a filter selected. */
export interface RuleTally {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly count: number;
  /** The first of them the rule reported (report order when findings have no file positions, as in cdk8s). */
  readonly example: Finding;
}

/**
 * The outcome of running a profile over objects. A large app has tens of thousands of findings
 * (mostly info and warnings), and synthesis only needs the blocking ones and the counts: so a
 * finding is built (located, suppression-matched, sorted) only when something asks for it.
 * Findings on objects that suppressions reach are built at once, to know which suppressions
 * were used. `report()` gives every finding, the same as building them all up front.
 */
export class Evaluation {
  /** One entry per violation, in the order the rules reported them, with its finding once built. */
  private readonly entries = new EntrySegments();
  /**
   * Runs of entries of one rule: entries from `runStarts[k]` up to the next run's start are
   * `runRules[k]`'s. A rule reports all its violations in a row, so there are about as many runs
   * as rules, and counting findings by severity and rule walks runs, not 100k+ entries.
   */
  private readonly runRules: ResolvedRule[] = [];
  private readonly runStarts: number[] = [];
  /** The run `ruleOf` found last: findings are mostly built in runs too. */
  private lastRun = 0;
  /**
   * The entries, in order, whose finding may differ from what their rule alone gives: rule failures
   * (errors) and findings on objects that suppressions reach (perhaps suppressed). Built at once.
   */
  private readonly exceptional: number[] = [];
  /** One copy of each path, and of each message of single-object rules (see `TextPool`). */
  private readonly paths = new TextPool();
  private readonly messages = new TextPool();
  /**
   * The message recorded last by a cross-object rule. Their messages mostly name the objects they
   * relate, so nearly each one is new: pooling them hashed every one into a map that never matched
   * (~5% of a cold evaluation of the bench app). Only a message equal to the one just before is
   * shared, so a rule that repeats its text object after object still records one copy.
   */
  // Stryker disable next-line StringLiteral: the start value only decides whether the first message is shared; the text is the same
  private lastCrossMessage = '';
  /** The locations found in the object whose findings were built last (see `locate`). */
  private readonly locations = new Map<string, FindingLocation>();
  private locatedOwner?: AnalyzedObject;
  /** Findings about suppressions, after all rule findings in report order. */
  private readonly governance: Finding[];
  private fullReport?: Report;
  /** The objects in input order, to build findings object by object. */
  private readonly objects: readonly AnalyzedObject[];

  public readonly summary: ReportSummary;

  constructor(objects: readonly AnalyzedObject[], private readonly profile: ResolvedProfile, options: EvaluateOptions = {}) {
    this.objects = objects;
    const outcomes = checkObjectByObject(objects, profile, { paths: this.paths, messages: this.messages }, options.onProgress);
    // Cross-object rules cache their indexes by the array they are given (see indexObjects): a copy
    // for this run lets those indexes (~1 KB per object) go when the rules are done, instead of
    // living as long as the caller keeps its array (in cdk8s, until the report is read).
    const scope = objects.slice();
    let next = 0; // the outcomes of the next single-object rule in profile order
    for (const resolved of profile.rules) {
      const rule = resolved.rule;
      if (rule.check) this.record(outcomes[next++]);
      if (rule.checkAll) {
        const context: RuleContext = { kubernetesVersion: profile.kubernetesVersion, options: resolved.options };
        let violations: readonly ObjectViolation[] = [];
        try {
          violations = rule.checkAll(scope, context);
        } catch (error) {
          if (objects.length) this.add(resolved, objects[0], NO_VIOLATION, ruleFailure(resolved, objects[0], error));
        }
        // An index loop: cross-object rules report on thousands of objects, and for…of makes an iterator result per violation in V8's baseline tiers.
        for (let i = 0; i < violations.length; i++) this.add(resolved, violations[i].object, violations[i]);
        options.onProgress?.();
      }
    }
    const matcher = new SuppressionMatcher(objects, profile, {
      now: options.now ?? new Date(),
      selectors: options.suppressionSelectors,
      unusedSuppressions: options.unusedSuppressions,
    });
    // Stryker disable next-line ConditionalExpression: with no suppression anywhere the loop finds no covered object; only speed differs
    if (matcher.coversAny) {
      const failures = new Set(this.exceptional);
      for (let i = 0; i < this.entries.length; i++) {
        const owner = this.entries.owner(i)!;
        if (!matcher.covers(owner)) continue;
        this.entries.setBuilt(i, matcher.apply(this.build(i), owner));
        if (!failures.has(i)) this.exceptional.push(i);
      }
      this.exceptional.sort((a, b) => a - b);
    }
    this.governance = [...matcher.invalid, ...matcher.governance()];
    const summary = { objects: objects.length, error: 0, warning: 0, info: 0, suppressed: 0 };
    this.forEachRun((resolved, start, end) => {
      summary[resolved.severity] += end - start;
    });
    for (const i of this.exceptional) {
      summary[this.ruleOf(i).severity]--;
      const finding = this.entries.built(i)!;
      if (finding.suppressed) summary.suppressed++;
      else summary[finding.severity]++;
    }
    for (const f of this.governance) {
      // Stryker disable next-line UpdateOperator: findings about suppressions are never suppressed themselves, so this increment never runs
      if (f.suppressed) summary.suppressed++;
      else summary[f.severity]++;
    }
    this.summary = summary;
  }

  /**
   * Records one violation; `finding` is given when it is already built (a rule failure).
   * @internal called while the rules run
   */
  public add(resolved: ResolvedRule, object: AnalyzedObject, violation: Violation, finding?: Finding): void {
    const index = this.entries.length;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a new run per entry is as correct, only longer to walk
    if (this.runRules[this.runRules.length - 1] !== resolved) {
      this.runRules.push(resolved);
      this.runStarts.push(index);
    }
    let message = violation.message;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only whether an equal message is shared changes (memory); the text is the same
    if (message === this.lastCrossMessage) message = this.lastCrossMessage;
    else this.lastCrossMessage = message;
    this.entries.push(object, this.paths.intern(violation.path), message, violation.container, finding);
    if (finding !== undefined) this.exceptional.push(index);
  }

  /** Records what a single-object rule reported (texts already pooled), in the order it reported it. */
  private record(outcomes: RuleOutcomes): void {
    const { resolved, entries, failures } = outcomes;
    // Stryker disable next-line ConditionalExpression: an empty run counts and selects nothing; only speed differs
    if (!entries.length) return;
    const start = this.entries.length;
    this.runRules.push(resolved);
    this.runStarts.push(start);
    this.entries.adopt(entries);
    for (let i = 0; i < failures.length; i++) this.exceptional.push(start + failures[i]);
  }

  /** The selected findings in report order. */
  public findings(filter: FindingFilter = {}): Finding[] {
    const selected: Finding[] = [];
    // Stryker disable next-line ArrayDeclaration: sequence only breaks ties and is pushed in the order of selected; an extra leading entry shifts it but keeps that order (the first one compares as a tie), so the stable sort gives the same result
    const sequence: number[] = [];
    const exceptional = this.exceptional;
    let next = 0; // the first exceptional entry not passed yet
    this.forEachRun((resolved, start, end) => {
      const plain = selects(filter, resolved.severity, false);
      // Stryker disable next-line all: walking a run that selects nothing and holds no exceptional entry finds nothing; only speed differs
      if (!plain && (next >= exceptional.length || exceptional[next] >= end)) return;
      for (let i = start; i < end; i++) {
        if (exceptional[next] === i) {
          next++;
          const finding = this.entries.built(i)!;
          if (selects(filter, finding.severity, finding.suppressed !== undefined)) sequence.push(i);
        } else if (plain) sequence.push(i);
      }
    });
    const n = this.entries.length;
    // Stryker disable next-line all: the order findings are built in only changes speed; the next line builds any not built yet
    this.buildObjectByObject(sequence);
    for (const i of sequence) selected.push(this.build(i));
    this.governance.forEach((f, i) => {
      if (!selects(filter, f.severity, f.suppressed !== undefined)) return;
      selected.push(f);
      sequence.push(n + i);
    });
    return sortFindings(selected, sequence);
  }

  /** How many findings a filter selects, without building them. */
  public count(filter: FindingFilter = {}): number {
    let count = 0;
    this.forEachRun((resolved, start, end) => {
      if (selects(filter, resolved.severity, false)) count += end - start;
    });
    for (const i of this.exceptional) {
      if (selects(filter, this.ruleOf(i).severity, false)) count--;
      const finding = this.entries.built(i)!;
      if (selects(filter, finding.severity, finding.suppressed !== undefined)) count++;
    }
    for (const f of this.governance) if (selects(filter, f.severity, f.suppressed !== undefined)) count++;
    return count;
  }

  /** Selected findings grouped by rule (most severe first, then by rule id), building one example each. */
  public tally(filter: FindingFilter = {}): RuleTally[] {
    const byKey = new Map<string, TallyEntry>();
    const note = (ruleId: string, severity: Severity, first: number, count: number) => {
      const key = `${severity}\u0000${ruleId}`;
      const entry = byKey.get(key);
      if (entry === undefined) byKey.set(key, { severity, count, first });
      else {
        entry.count += count;
        entry.first = Math.min(entry.first, first);
      }
    };
    const exceptional = this.exceptional;
    let next = 0;
    this.forEachRun((resolved, start, end) => {
      let plainCount = end - start;
      let firstPlain = start;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end, exceptional[next] is undefined, not < end, and the loop stops all the same
      for (; next < exceptional.length && exceptional[next] < end; next++) {
        const i = exceptional[next];
        plainCount--;
        if (i === firstPlain) firstPlain++;
        const finding = this.entries.built(i)!;
        if (selects(filter, finding.severity, finding.suppressed !== undefined)) note(finding.ruleId, finding.severity, i, 1);
      }
      if (plainCount > 0 && selects(filter, resolved.severity, false)) note(resolved.rule.meta.id, resolved.severity, firstPlain, plainCount);
    });
    const n = this.entries.length;
    this.governance.forEach((f, i) => {
      if (selects(filter, f.severity, f.suppressed !== undefined)) note(f.ruleId, f.severity, n + i, 1);
    });
    return [...byKey.values()]
      .map(({ severity, count, first }) => {
        const example = first < n ? this.build(first) : this.governance[first - n];
        return { ruleId: example.ruleId, severity, count, example };
      })
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.ruleId, b.ruleId));
  }

  /** Every finding, sorted, with the summary: built once. */
  public report(): Report {
    this.fullReport ??= {
      profile: this.profile.name,
      kubernetesVersion: this.profile.kubernetesVersion.label,
      findings: this.findings(),
      summary: this.summary,
    };
    return this.fullReport;
  }

  /**
   * Builds entries grouped by object. Entries are stored rule by rule, so consecutive ones belong to
   * different objects; locating a finding walks its object's document (for YAML, its syntax tree),
   * and doing all of one object's findings in a row keeps that in the CPU cache: ~25% faster on
   * 170k findings.
   */
  // Stryker disable all: only the speed depends on the order; every entry is built again (memoized) where it is used
  private buildObjectByObject(entries: readonly number[]): void {
    if (entries.length < 2) return; // nothing to group (synthesis of a passing app asks for none)
    const ordinal = new Map<AnalyzedObject, number>();
    this.objects.forEach((o, k) => ordinal.set(o, k));
    const byObject: number[][] = Array.from({ length: this.objects.length + 1 }, () => []);
    // An owner outside the list (only a faulty custom rule can report one) goes last.
    for (const i of entries) byObject[ordinal.get(this.entries.owner(i)!) ?? this.objects.length].push(i);
    for (const group of byObject) for (const i of group) this.build(i);
  }
  // Stryker restore all

  /** Calls `visit` with each run of entries, [start, end), and its rule, in entry order. */
  private forEachRun(visit: (resolved: ResolvedRule, start: number, end: number) => void): void {
    const runs = this.runStarts.length;
    for (let k = 0; k < runs; k++) visit(this.runRules[k], this.runStarts[k], k + 1 < runs ? this.runStarts[k + 1] : this.entries.length);
  }

  /** The rule that reported entry `i`. */
  private ruleOf(i: number): ResolvedRule {
    const starts = this.runStarts;
    let run = this.lastRun;
    // Stryker disable next-line all: when this shortcut misses, the search below finds the same run; only speed differs
    if (!(starts[run] <= i && (run + 1 === starts.length || i < starts[run + 1]))) {
      run = lastStartAtOrBefore(starts, i);
      this.lastRun = run;
    }
    return this.runRules[run];
  }

  private build(i: number): Finding {
    let finding = this.entries.built(i);
    if (finding === undefined) {
      const entries = this.entries;
      const owner = entries.owner(i)!;
      const path = entries.path(i)!;
      finding = toFinding(this.ruleOf(i), owner, { path, message: entries.message(i)!, container: entries.container(i) }, this.locate(owner, path));
      entries.setBuilt(i, finding);
    }
    return finding;
  }

  /**
   * Locates a pointer of an object, remembering the locations of the object built last: several
   * rules report the same field (an app of similar workloads: 17 findings per object on 9 fields).
   */
  // Stryker disable next-line BlockStatement: without a location from here, toFinding locates the pointer itself; only speed differs
  private locate(owner: AnalyzedObject, path: string): FindingLocation {
    if (owner !== this.locatedOwner) {
      this.locatedOwner = owner;
      this.locations.clear();
    }
    let location = this.locations.get(path);
    // Stryker disable next-line ConditionalExpression,BlockStatement,EqualityOperator: locating again, or leaving it to toFinding, gives the same location; only speed differs
    if (location === undefined) {
      location = locate(owner, path);
      this.locations.set(path, location);
    }
    return location;
  }
}

/** Findings of one rule and severity that a tally counted; `first` is the entry of its example. */
interface TallyEntry {
  readonly severity: Severity;
  count: number;
  first: number;
}

function selects(filter: FindingFilter, severity: Severity, suppressed: boolean): boolean {
  if (filter.suppressed !== undefined && filter.suppressed !== suppressed) return false;
  if (filter.atOrAbove !== undefined && !meetsThreshold(severity, filter.atOrAbove)) return false;
  // Stryker disable next-line StringLiteral: meetsThreshold never meets 'never', so this comparison only saves that call
  if (filter.below !== undefined && filter.below !== 'never' && meetsThreshold(severity, filter.below)) return false;
  return true;
}

/** Runs a resolved profile over analyzed objects and returns the report with every finding. */
export function evaluateObjects(objects: readonly AnalyzedObject[], profile: ResolvedProfile, options: EvaluateOptions = {}): Report {
  return new Evaluation(objects, profile, options).report();
}

/** Analyzes and evaluates manifests in one call. */
export function evaluate(inputs: readonly ManifestInput[], profile: ResolvedProfile, options: EvaluateOptions = {}): Report {
  return evaluateObjects(analyzeAll(inputs, options.podTemplateLocations), profile, options);
}
