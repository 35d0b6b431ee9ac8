import { FailOn, Report } from '../engine/types';
import { formatJson } from './json';
import { formatText } from './text';

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

/** Renders a report in one of the supported formats. */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report, options);
    case 'text':
      return formatText(report, options);
    default:
      throw new Error(`Report format "${format}" is not available yet.`);
  }
}
