import { analyzeInput, AnalyzedObject } from './analyze';
import { nearestExistingPointer } from './json-pointer';
import { ObjectViolation, RuleContext, Violation } from './rule';
import { Finding, ManifestInput, Report, ReportSummary, Severity, SEVERITY_ORDER, SuppressionSelector } from './types';
import { PodTemplateLocation } from './workload';
import { ResolvedProfile, ResolvedRule } from '../profiles/profile';
import { applySuppressions, LocatedFinding } from './suppressions';

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

function toFinding(resolved: ResolvedRule, object: AnalyzedObject, violation: Violation): Finding {
  const provenance = object.input.provenance;
  const path = nearestExistingPointer(object.document, violation.path);
  const position = provenance?.positionOf?.(path);
  return {
    ruleId: resolved.rule.meta.id,
    severity: resolved.severity,
    message: violation.message,
    remediation: resolved.rule.meta.remediation,
    resource: object.ref,
    path,
    ...(provenance?.file !== undefined ? { file: provenance.file } : {}),
    ...(provenance?.documentIndex !== undefined ? { documentIndex: provenance.documentIndex } : {}),
    ...(position ? { line: position.line, column: position.column } : {}),
    ...(provenance?.constructPath !== undefined ? { constructPath: provenance.constructPath } : {}),
    ...(violation.container !== undefined ? { container: violation.container } : {}),
  };
}

function ruleFailure(resolved: ResolvedRule, object: AnalyzedObject, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ...toFinding({ ...resolved, severity: 'error' }, object, { path: object.basePath, message: '' }),
    message: `Rule ${resolved.rule.meta.id} failed while checking this object and could not decide: ${reason}`,
    remediation: 'Report this to the rule author; until it is fixed, review the object by hand.',
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.documentIndex ?? 0) - (b.documentIndex ?? 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
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
  for (const input of inputs) objects.push(...analyzeInput(input, locations));
  return objects;
}

/** Runs a resolved profile over analyzed objects and returns the report. */
export function evaluateObjects(objects: readonly AnalyzedObject[], profile: ResolvedProfile, options: EvaluateOptions = {}): Report {
  const findings: LocatedFinding[] = [];
  const push = (finding: Finding, object: AnalyzedObject) => findings.push({ finding, object });
  for (const resolved of profile.rules) {
    const context: RuleContext = { kubernetesVersion: profile.kubernetesVersion, options: resolved.options };
    const { check, checkAll } = resolved.rule;
    if (check) {
      for (const object of objects) {
        let violations: readonly Violation[];
        try {
          violations = check.call(resolved.rule, object, context);
        } catch (error) {
          push(ruleFailure(resolved, object, error), object);
          continue;
        }
        for (const v of violations) push(toFinding(resolved, object, v), object);
      }
    }
    if (checkAll) {
      let violations: readonly ObjectViolation[] = [];
      try {
        violations = checkAll.call(resolved.rule, objects, context);
      } catch (error) {
        if (objects.length) push(ruleFailure(resolved, objects[0], error), objects[0]);
      }
      for (const v of violations) push(toFinding(resolved, v.object, v), v.object);
    }
  }
  const final = applySuppressions(findings, objects, profile, {
    now: options.now ?? new Date(),
    selectors: options.suppressionSelectors,
    unusedSuppressions: options.unusedSuppressions,
  });
  final.sort(compareFindings);
  return {
    profile: profile.name,
    kubernetesVersion: profile.kubernetesVersion.label,
    findings: final,
    summary: summarize(final, objects.length),
  };
}

/** Analyzes and evaluates manifests in one call. */
export function evaluate(inputs: readonly ManifestInput[], profile: ResolvedProfile, options: EvaluateOptions = {}): Report {
  return evaluateObjects(analyzeAll(inputs, options.podTemplateLocations), profile, options);
}
