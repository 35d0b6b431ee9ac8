import { FailOn, Report } from '../engine/types';
import { jsonChunks } from './json';
import { junitChunks } from './junit';
import { markdownChunks } from './markdown';
import { CheckRun, runOf } from './run';
import { sarifChunks } from './sarif';
import { textChunks } from './text';

export * from './run';
export { formatJson, jsonChunks, toJsonReport, JSON_REPORT_VERSION, JsonReport } from './json';
export { formatText, textChunks, summaryLine } from './text';
export { formatSarif, sarifChunks, toSarif, findingFingerprint, SARIF_FINGERPRINT_KEY } from './sarif';
export { formatJunit, junitChunks } from './junit';
export { formatMarkdown, markdownChunks } from './markdown';
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
  return [...renderRun(run, format, options)].join('');
}

/**
 * Renders a run in pieces to write one after another (see `PIECE_CHARS`): the text of
 * `formatRun`, never whole in memory however many findings the run has.
 */
export function renderRun(run: CheckRun, format: ReportFormat, options: { color?: boolean } = {}): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(run);
    case 'text':
      return textChunks(run, options);
    case 'sarif':
      return sarifChunks(run);
    case 'junit':
      return junitChunks(run);
    case 'markdown':
      return markdownChunks(run);
    default:
      throw new Error(`Unknown report format "${String(format)}". Valid formats: ${REPORT_FORMATS.join(', ')}.`);
  }
}

/** Renders a report in one of the supported formats. */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions): string {
  return formatRun(runOf(report, options.failOn), format, { color: options.color });
}
