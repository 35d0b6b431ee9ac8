import { AnalyzedObject } from './analyze';
import { nearestExistingPointer } from './json-pointer';
import { Violation } from './rule';
import { Finding, SEVERITY_ORDER, SourcePosition } from './types';
import { compareText } from './text-order';
import { ResolvedRule } from '../profiles/profile';

/** Where a finding points: the nearest existing field and, for files, its line and column. */
export interface FindingLocation {
  readonly path: string;
  readonly position?: SourcePosition;
}

/** Locates a violation's pointer in an object's document. */
export function locate(object: AnalyzedObject, pointer: string): FindingLocation {
  const path = nearestExistingPointer(object.document, pointer);
  const position = object.input.provenance?.positionOf?.(path);
  return position ? { path, position } : { path };
}

/**
 * Builds a finding. Runs once per finding (tens of thousands on a large app), so it sets the
 * optional fields one by one instead of spreading temporary objects; the key order stays that of
 * the `Finding` interface, which the JSON report shows. `location` is given when the caller
 * already located the same pointer of the same object.
 */
export function toFinding(resolved: ResolvedRule, object: AnalyzedObject, violation: Violation, location = locate(object, violation.path)): Finding {
  const provenance = object.input.provenance;
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: resolved.rule.meta.id,
    severity: resolved.severity,
    message: violation.message,
    remediation: resolved.rule.meta.remediation,
    resource: object.ref,
    path: location.path,
  };
  if (provenance !== undefined) {
    if (provenance.file !== undefined) finding.file = provenance.file;
    if (provenance.documentIndex !== undefined) finding.documentIndex = provenance.documentIndex;
    const position = location.position;
    if (position) {
      finding.line = position.line;
      finding.column = position.column;
    }
    if (provenance.constructPath !== undefined) finding.constructPath = provenance.constructPath;
  }
  if (violation.container !== undefined) finding.container = violation.container;
  return finding;
}

export function ruleFailure(resolved: ResolvedRule, object: AnalyzedObject, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ...toFinding({ ...resolved, severity: 'error' }, object, { path: object.basePath, message: '' }),
    message: `Rule ${resolved.rule.meta.id} failed while checking this object and could not decide: ${reason}`,
    remediation: 'Report this to the rule author; until it is fixed, review the object by hand.',
  };
}

/**
 * Ranks strings in `localeCompare` order (equal-comparing strings share a rank), so sorting tens of
 * thousands of findings compares numbers instead of comparing texts for every pair.
 */
function localeRanks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(compareText);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    if (i > 0 && compareText(distinct[i - 1], value) !== 0) rank++;
    ranks.set(value, rank);
  });
  return ranks;
}

/**
 * Sorts by file, document, line, severity and rule id; ties keep the order in which the rules
 * reported them (`sequence[i]` of `findings[i]`), so any subset sorts the same way as the whole.
 */
export function sortFindings(findings: readonly Finding[], sequence: readonly number[]): Finding[] {
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
  order.sort((a, b) => file[a] - file[b] || documentIndex[a] - documentIndex[b] || line[a] - line[b] || rank[a] - rank[b] || sequence[a] - sequence[b]);
  return order.map((i) => findings[i]);
}
