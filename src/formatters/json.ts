import { FailOn, Report } from '../engine/types';

/** Version of the JSON report shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/** Stable JSON report: `{version, profile, kubernetesVersion, failOn, findings, summary}`. */
export function formatJson(report: Report, options: { failOn: FailOn }): string {
  return (
    JSON.stringify(
      {
        version: JSON_REPORT_VERSION,
        profile: report.profile,
        kubernetesVersion: report.kubernetesVersion,
        failOn: options.failOn,
        findings: report.findings,
        summary: report.summary,
      },
      null,
      2,
    ) + '\n'
  );
}
