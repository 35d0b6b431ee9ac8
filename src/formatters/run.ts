import { AnalyzedObject } from '../engine/analyze';
import { GOVERNANCE_RULES } from '../engine/governance';
import { RuleMetadata } from '../engine/rule';
import { FailOn, Report, ResourceRef, Severity } from '../engine/types';
import { parseKubernetesVersion } from '../engine/version';
import { InputError } from '../input/yaml';
import { ResolvedProfile } from '../profiles/profile';
import { getProfile } from '../profiles/registry';
import { findRule } from '../rules';

/** File name findings and errors carry when the manifests came from standard input. */
export const STDIN_FILE_NAME = '<stdin>';

/** A rule as a report shows it: its metadata and the severity the profile gave it. */
export interface ReportedRule {
  readonly meta: RuleMetadata;
  readonly severity: Severity;
}

/** One object that was checked (List items count separately). */
export interface CheckedObject {
  readonly resource: ResourceRef;
  readonly file?: string;
  readonly documentIndex?: number;
  readonly constructPath?: string;
}

/**
 * Everything a report format shows about one run: the engine's report, the fail-on threshold,
 * input errors (unreadable or unparseable files) and, when known, the rules and objects checked.
 */
export interface CheckRun {
  readonly report: Report;
  readonly failOn: FailOn;
  /** Problems reading the input; the files without problems are still in `report`. */
  readonly errors: readonly InputError[];
  /** Rules the profile ran. @default - the registered profile of that name, resolved at the report's version */
  readonly rules?: readonly ReportedRule[];
  /** The objects checked, for per-object listings (JUnit). @default - the objects that have findings */
  readonly objects?: readonly CheckedObject[];
}

/** The checked objects of a run, for per-object listings. */
export function checkedObjectsOf(objects: readonly AnalyzedObject[]): CheckedObject[] {
  return objects.map((o) => {
    const p = o.input.provenance;
    return {
      resource: o.ref,
      ...(p?.file !== undefined ? { file: p.file } : {}),
      ...(p?.documentIndex !== undefined ? { documentIndex: p.documentIndex } : {}),
      ...(p?.constructPath !== undefined ? { constructPath: p.constructPath } : {}),
    };
  });
}

/** The rules of a resolved profile with the severities it gives them. */
export function reportedRulesOf(profile: ResolvedProfile): ReportedRule[] {
  return profile.rules.map((r) => ({ meta: r.rule.meta, severity: r.severity }));
}

/** Wraps a bare report (e.g. from `checkManifests`) as a run without input errors. */
export function runOf(report: Report, failOn: FailOn, extra: Partial<Omit<CheckRun, 'report' | 'failOn'>> = {}): CheckRun {
  return { report, failOn, errors: extra.errors ?? [], ...(extra.rules ? { rules: extra.rules } : {}), ...(extra.objects ? { objects: extra.objects } : {}) };
}

function profileRules(report: Report): ReportedRule[] {
  try {
    return reportedRulesOf(getProfile(report.profile).resolve(parseKubernetesVersion(report.kubernetesVersion)));
  } catch {
    return []; // an unregistered custom profile: fall back to the rules seen in findings
  }
}

/**
 * The rules to describe for a run: the profile's rules, plus metadata for any other rule id a
 * finding carries (engine findings about suppressions, rules of unregistered profiles).
 */
export function rulesOfRun(run: CheckRun): ReportedRule[] {
  const rules = [...(run.rules ?? profileRules(run.report))];
  const known = new Set(rules.map((r) => r.meta.id));
  for (const f of run.report.findings) {
    if (known.has(f.ruleId)) continue;
    known.add(f.ruleId);
    const meta: RuleMetadata = GOVERNANCE_RULES.find((m) => m.id === f.ruleId) ??
      findRule(f.ruleId)?.meta ?? {
        id: f.ruleId,
        title: f.ruleId,
        severity: f.severity,
        category: 'custom',
        description: f.message,
        remediation: f.remediation,
      };
    rules.push({ meta, severity: meta.severity });
  }
  return rules;
}

function objectKey(o: CheckedObject): string {
  const r = o.resource;
  return JSON.stringify([o.file ?? '', o.documentIndex ?? 0, o.constructPath ?? '', r.apiVersion, r.kind, r.namespace ?? '', r.name ?? '']);
}

/** Key that ties a finding to the object it is about. */
export function findingObjectKey(f: { resource: ResourceRef; file?: string; documentIndex?: number; constructPath?: string }): string {
  return objectKey(f);
}

/** The objects of a run: those given, plus any that only appear in findings (in report order). */
export function objectsOfRun(run: CheckRun): CheckedObject[] {
  const seen = new Map<string, CheckedObject>();
  for (const o of run.objects ?? []) seen.set(objectKey(o), o);
  for (const f of run.report.findings) {
    // Keyed from the finding itself: an object is only made for the first finding about it.
    const key = objectKey(f);
    if (seen.has(key)) continue;
    seen.set(key, {
      resource: f.resource,
      ...(f.file !== undefined ? { file: f.file } : {}),
      ...(f.documentIndex !== undefined ? { documentIndex: f.documentIndex } : {}),
      ...(f.constructPath !== undefined ? { constructPath: f.constructPath } : {}),
    });
  }
  return [...seen.values()];
}

/** `file:line:column: message` for an input error. */
export function describeInputError(e: InputError): string {
  const where = e.line !== undefined ? `${e.file}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.file;
  return `${where}: ${e.message}`;
}
