import { FailOn, Report } from '../engine/types';
import { formatJson, jsonChunks } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { CheckRun, runOf } from './run';
import { formatSarif } from './sarif';
import { formatText } from './text';

export * from './run';
export { formatJson, jsonChunks, toJsonReport, JSON_REPORT_VERSION, JsonReport } from './json';
export { formatText, summaryLine } from './text';
export { formatSarif, toSarif, findingFingerprint, SARIF_FINGERPRINT_KEY } from './sarif';
export { formatJunit } from './junit';
export { formatMarkdown } from './markdown';
export { writeRunFile } from './write';

/** Output formats of reports. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'junit' | 'markdown';

export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'junit', 'markdown'];

/** File names used when reports are written next to synthesized YAML. */
export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  text: 'guardrails-report.txt',
  json: 'guardrails-report.json',
  sarif: 'guardrails-report.sarif',
  junit: 'guardrails-report.junit.xml',
  markdown: 'guardrails-report.md',
};

/** Options shared by the formatters. */
export interface FormatOptions {
  readonly failOn: FailOn;
  /** ANSI colour (text only). @default false */
  readonly color?: boolean;
}

/** Renders a run (report plus input errors) in one of the supported formats. */
export function formatRun(run: CheckRun, format: ReportFormat, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return formatJson(run);
    case 'text':
      return formatText(run, options);
    case 'sarif':
      return formatSarif(run);
    case 'junit':
      return formatJunit(run);
    case 'markdown':
      return formatMarkdown(run);
    default:
      throw new Error(`Unknown report format "${String(format)}". Valid formats: ${REPORT_FORMATS.join(', ')}.`);
  }
}

/**
 * Renders a run in pieces to write one after another: JSON reports of any size in pieces of about
 * 1 MB (never the whole text in memory at once), the other formats in one piece.
 */
export function renderRun(run: CheckRun, format: ReportFormat, options: { color?: boolean } = {}): Iterable<string> {
  return format === 'json' ? jsonChunks(run) : [formatRun(run, format, options)];
}

/** Renders a report in one of the supported formats. */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions): string {
  return formatRun(runOf(report, options.failOn), format, { color: options.color });
}
