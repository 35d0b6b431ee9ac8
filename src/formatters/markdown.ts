import { blockingFindings, Finding, meetsThreshold } from '../engine/types';
import { describeLocation, describeResource } from './finding-line';
import { inlineCode, tableCell } from './markdown-text';
import { linesInPieces } from './pieces';
import { CheckRun, describeInputError } from './run';

const ICON: Readonly<Record<string, string>> = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' };

function findingRow(f: Finding, failOn: CheckRun['failOn']): string {
  const severity = `${ICON[f.severity]}${meetsThreshold(f.severity, failOn) ? '' : ' (below fail-on)'}`;
  const cells = [severity, inlineCode(f.ruleId), describeResource(f), describeLocation(f) || '—', inlineCode(f.path || '/'), f.message, f.remediation];
  return `| ${cells.map((c, i) => (i === 1 || i === 4 ? c.replace(/\|/g, '\\|') : tableCell(c))).join(' | ')} |`;
}

/**
 * Markdown for pull-request comments: a verdict line, a summary table, a table of unsuppressed
 * findings, then suppressed findings with their reasons and any input errors.
 */
export function formatMarkdown(run: CheckRun): string {
  return [...markdownChunks(run)].join('');
}

/** The text of `formatMarkdown` in pieces (see `PIECE_CHARS`). */
export function markdownChunks(run: CheckRun): Generator<string> {
  return linesInPieces(markdownLines(run));
}

function* markdownLines(run: CheckRun): Generator<string> {
  const { report, failOn } = run;
  const s = report.summary;
  const failing = blockingFindings(report, failOn).length;
  const verdict = run.errors.length
    ? `❌ **${run.errors.length} input error(s)**: some files could not be checked.`
    : failing
      ? `❌ **${failing} finding(s) at or above \`${failOn}\`.**`
      : `✅ **No findings at or above \`${failOn}\`.**`;
  yield* [
    '## cdk8s-guardrails report',
    '',
    verdict,
    '',
    '| Profile | Kubernetes | Objects | Errors | Warnings | Info | Suppressed | Input errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${tableCell(report.profile)} | ${tableCell(report.kubernetesVersion)} | ${s.objects} | ${s.error} | ${s.warning} | ${s.info} | ${s.suppressed} | ${run.errors.length} |`,
  ];
  if (run.errors.length) {
    yield* ['', '### Input errors', ''];
    for (const e of run.errors) yield `- ${tableCell(describeInputError(e))}`;
  }
  // Two passes over the findings instead of two filtered copies of them.
  if (report.findings.some((f) => !f.suppressed)) {
    yield* ['', '### Findings', '', '| Severity | Rule | Resource | Location | Field | Problem | Fix |', '| --- | --- | --- | --- | --- | --- | --- |'];
    for (const f of report.findings) if (!f.suppressed) yield findingRow(f, failOn);
  }
  if (report.findings.some((f) => f.suppressed)) {
    yield* ['', '### Suppressed findings', '', '| Rule | Resource | Location | Problem | Reason | Until | Declared at |', '| --- | --- | --- | --- | --- | --- | --- |'];
    for (const f of report.findings) {
      const sup = f.suppressed;
      if (!sup) continue;
      const cells = [inlineCode(f.ruleId).replace(/\|/g, '\\|'), tableCell(describeResource(f)), tableCell(describeLocation(f) || '—'), tableCell(f.message), tableCell(sup.reason), tableCell(sup.until ?? '—'), tableCell(sup.source)];
      yield `| ${cells.join(' | ')} |`;
    }
  }
}
