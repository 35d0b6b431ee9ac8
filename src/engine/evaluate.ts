import { analyzeInput, AnalyzedObject } from './analyze';
import { nearestExistingPointer } from './json-pointer';
import { ObjectViolation, Rule, RuleContext, Violation } from './rule';
import { Finding, ManifestInput, Report, ReportSummary, Severity, SEVERITY_ORDER, SuppressionSelector } from './types';
import { PodTemplateLocation } from './workload';
import { ResolvedProfile, ResolvedRule } from '../profiles/profile';
import { applySuppressions } from './suppressions';

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
}

/**
 * Builds a finding. Runs once per finding (tens of thousands on a large app), so it sets the
 * optional fields one by one instead of spreading temporary objects; the key order stays that of
 * the `Finding` interface, which the JSON report shows.
 */
function toFinding(resolved: ResolvedRule, object: AnalyzedObject, violation: Violation): Finding {
  const provenance = object.input.provenance;
  const path = nearestExistingPointer(object.document, violation.path);
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: resolved.rule.meta.id,
    severity: resolved.severity,
    message: violation.message,
    remediation: resolved.rule.meta.remediation,
    resource: object.ref,
    path,
  };
  if (provenance !== undefined) {
    if (provenance.file !== undefined) finding.file = provenance.file;
    if (provenance.documentIndex !== undefined) finding.documentIndex = provenance.documentIndex;
    const position = provenance.positionOf?.(path);
    if (position) {
      finding.line = position.line;
      finding.column = position.column;
    }
    if (provenance.constructPath !== undefined) finding.constructPath = provenance.constructPath;
  }
  if (violation.container !== undefined) finding.container = violation.container;
  return finding;
}

function ruleFailure(resolved: ResolvedRule, object: AnalyzedObject, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ...toFinding({ ...resolved, severity: 'error' }, object, { path: object.basePath, message: '' }),
    message: `Rule ${resolved.rule.meta.id} failed while checking this object and could not decide: ${reason}`,
    remediation: 'Report this to the rule author; until it is fixed, review the object by hand.',
  };
}

/**
 * Ranks strings in `localeCompare` order (equal-comparing strings share a rank), so sorting tens of
 * thousands of findings compares numbers instead of calling `localeCompare` for every pair.
 */
function localeRanks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    if (i > 0 && distinct[i - 1].localeCompare(value) !== 0) rank++;
    ranks.set(value, rank);
  });
  return ranks;
}

/** Sorts by file, document, line, severity and rule id; ties keep their order. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  const files = localeRanks(findings.map((f) => f.file ?? ''));
  const rules = localeRanks(findings.map((f) => f.ruleId));
  // Numeric sort keys in typed arrays: no per-finding key objects for the garbage collector.
  const n = findings.length;
  const file = new Float64Array(n);
  const documentIndex = new Float64Array(n);
  const line = new Float64Array(n);
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    file[i] = files.get(f.file ?? '')!;
    documentIndex[i] = f.documentIndex ?? 0;
    line[i] = f.line ?? 0;
    rank[i] = SEVERITY_ORDER[f.severity] * rules.size + rules.get(f.ruleId)!;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => file[a] - file[b] || documentIndex[a] - documentIndex[b] || line[a] - line[b] || rank[a] - rank[b] || a - b);
  return order.map((i) => findings[i]);
}

/** Counts findings by severity (unsuppressed) and suppressed ones. */
export function summarize(findings: readonly Finding[], objects: number): ReportSummary {
  const summary = { objects, error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) summary.suppressed++;
    else summary[f.severity]++;
  }
  return summary;
}

/** Analyzes inputs into objects once; the result can be evaluated by several profiles. */
export function analyzeAll(inputs: readonly ManifestInput[], locations: readonly PodTemplateLocation[] = []): AnalyzedObject[] {
  const objects: AnalyzedObject[] = [];
  // A loop, not push(...list): a List of 100k+ items would overflow the call stack.
  for (const input of inputs) for (const object of analyzeInput(input, locations)) objects.push(object);
  return objects;
}

/**
 * The objects a rule is called for: all of them, or only those its `appliesTo` declares (in input
 * order, so findings come out in the same order as when the rule filtered them itself). Lists
 * are shared between rules with the same declaration.
 */
class ApplicableObjects {
  private readonly cache = new Map<string, readonly AnalyzedObject[]>();
  constructor(private readonly objects: readonly AnalyzedObject[]) {}

  public for(rule: Rule): readonly AnalyzedObject[] {
    const applies = rule.appliesTo;
    if (applies === undefined || (applies.kinds === undefined && !applies.podSpecs)) return this.objects;
    const kinds = applies.kinds ? new Set(applies.kinds) : undefined;
    const key = `${applies.podSpecs ? 'pods' : ''}\u0000${kinds ? [...kinds].sort().join('\u0000') : '*'}`;
    let list = this.cache.get(key);
    if (!list) {
      list = this.objects.filter((o) => (!applies.podSpecs || o.podSpecs.length > 0) && (!kinds || kinds.has(o.kind)));
      this.cache.set(key, list);
    }
    return list;
  }
}

/**
 * Runs a single-object rule over its objects. A function of its own, called once per rule, so
 * V8 optimizes this hot loop early instead of running it in the interpreter of the one
 * long `evaluateObjects` call.
 */
function checkEach(resolved: ResolvedRule, objects: readonly AnalyzedObject[], context: RuleContext, findings: Finding[], owners: AnalyzedObject[]): void {
  const rule = resolved.rule;
  for (let o = 0; o < objects.length; o++) {
    const object = objects[o];
    let violations: readonly Violation[];
    try {
      violations = rule.check!(object, context);
    } catch (error) {
      findings.push(ruleFailure(resolved, object, error));
      owners.push(object);
      continue;
    }
    for (let i = 0; i < violations.length; i++) {
      findings.push(toFinding(resolved, object, violations[i]));
      owners.push(object);
    }
  }
}

/** Runs a resolved profile over analyzed objects and returns the report. */
export function evaluateObjects(objects: readonly AnalyzedObject[], profile: ResolvedProfile, options: EvaluateOptions = {}): Report {
  // Parallel arrays: findings[i] was reported on owners[i].
  const findings: Finding[] = [];
  const owners: AnalyzedObject[] = [];
  const report = (finding: Finding, object: AnalyzedObject): void => {
    findings.push(finding);
    owners.push(object);
  };
  const applicable = new ApplicableObjects(objects);
  for (const resolved of profile.rules) {
    const rule = resolved.rule;
    const context: RuleContext = { kubernetesVersion: profile.kubernetesVersion, options: resolved.options };
    if (rule.check) checkEach(resolved, applicable.for(rule), context, findings, owners);
    if (rule.checkAll) {
      let violations: readonly ObjectViolation[] = [];
      try {
        violations = rule.checkAll(objects, context);
      } catch (error) {
        if (objects.length) report(ruleFailure(resolved, objects[0], error), objects[0]);
      }
      for (const v of violations) report(toFinding(resolved, v.object, v), v.object);
    }
  }
  const final = applySuppressions(findings, owners, objects, profile, {
    now: options.now ?? new Date(),
    selectors: options.suppressionSelectors,
    unusedSuppressions: options.unusedSuppressions,
  });
  const sorted = sortFindings(final);
  return {
    profile: profile.name,
    kubernetesVersion: profile.kubernetesVersion.label,
    findings: sorted,
    summary: summarize(sorted, objects.length),
  };
}

/** Analyzes and evaluates manifests in one call. */
export function evaluate(inputs: readonly ManifestInput[], profile: ResolvedProfile, options: EvaluateOptions = {}): Report {
  return evaluateObjects(analyzeAll(inputs, options.podTemplateLocations), profile, options);
}
