import { blockingFindings, Finding, FailOn, ReportSummary } from '../engine/types';
import { InputError } from '../input/yaml';
import { jsonWithArrayInPieces } from './pieces';
import { CheckRun } from './run';

/** Version of the JSON report shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/**
 * The JSON report, version 1. Fields are only ever added within a version:
 * - `findings`: every finding, suppressed ones included (they carry `suppressed: {reason, until?, source}`);
 *   each has `ruleId`, `severity`, `message`, `remediation`, `resource {apiVersion, kind, namespace?, name?}`,
 *   `path` (JSON pointer) and, when known, `file`, `documentIndex`, `line`, `column`, `constructPath`, `container`.
 * - `errors`: input problems `{file, line?, column?, message}`; when non-empty the run is incomplete.
 * - `summary`: unsuppressed counts by severity, suppressed count, objects checked, and `failing`:
 *   how many unsuppressed findings are at or above `failOn`.
 */
export interface JsonReport {
  readonly version: typeof JSON_REPORT_VERSION;
  readonly profile: string;
  readonly kubernetesVersion: string;
  readonly failOn: FailOn;
  readonly findings: readonly Finding[];
  readonly errors: readonly InputError[];
  readonly summary: ReportSummary & { readonly failing: number; readonly errors: number };
}

/** Builds the JSON report object (see `JsonReport`). */
export function toJsonReport(run: CheckRun): JsonReport {
  const { report } = run;
  return {
    version: JSON_REPORT_VERSION,
    profile: report.profile,
    kubernetesVersion: report.kubernetesVersion,
    failOn: run.failOn,
    findings: report.findings,
    errors: run.errors,
    summary: { ...report.summary, failing: blockingFindings(report, run.failOn).length, errors: run.errors.length },
  };
}

/** Stable JSON report: `{version, profile, kubernetesVersion, failOn, findings, errors, summary}`. */
export function formatJson(run: CheckRun): string {
  return [...jsonChunks(run)].join('');
}

/**
 * Findings per piece: ~65 KB of text, which the garbage collector reclaims young. With 1,000 per
 * piece (~650 KB strings and buffers) the JSON phase of 170k findings measured ~25% slower.
 */
const FINDINGS_PER_CHUNK = 100;

/**
 * The JSON report of `formatJson` in pieces, text identical to `JSON.stringify(report, null, 2)`:
 * a report of 100k+ findings is over 100 MB, and built as one string (then encoded as one buffer)
 * it doubled the CLI's peak memory and added a second of garbage collection.
 */
export function jsonChunks(run: CheckRun): Generator<string> {
  const report = toJsonReport(run);
  const findings = report.findings;
  return jsonWithArrayInPieces({
    frame: { ...report, findings: [] },
    key: 'findings',
    depth: 1,
    wrap: (items) => ({ findings: items }),
    count: findings.length,
    items: (from, to) => findings.slice(from, to),
    perPiece: FINDINGS_PER_CHUNK,
    whole: () => report,
  });
}
