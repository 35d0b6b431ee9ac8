import { blockingFindings, Finding, FailOn, ReportSummary } from '../engine/types';
import { InputError } from '../input/yaml';
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
  return JSON.stringify(toJsonReport(run), null, 2) + '\n';
}
