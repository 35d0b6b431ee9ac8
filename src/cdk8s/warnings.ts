import { Evaluation } from '../engine/evaluate';
import { FailOn } from '../engine/types';
import { formatFindingLine } from '../formatters/finding-line';

/**
 * Findings below `failOn` up to this count are printed one per line; past it, a synth log with
 * thousands of lines helps nobody, so each rule gets one line with its count and an example.
 */
export const MAX_WARNING_LINES = 20;

/** The lines synthesis prints about findings that do not block it. */
export function warningLines(evaluation: Evaluation, failOn: FailOn): string[] {
  const filter = { below: failOn, suppressed: false };
  const tallies = evaluation.tally(filter);
  const count = tallies.reduce((sum, t) => sum + t.count, 0);
  if (count <= MAX_WARNING_LINES) return evaluation.findings(filter).map((f) => `guardrails ${f.severity}: ${formatFindingLine(f)}`);
  const scope = failOn === 'never' ? 'findings' : `findings below "${failOn}"`;
  return [
    `guardrails: ${count} ${scope} from ${tallies.length} rules, one example each; write report files (enforce({ reports: { markdown: true } })) for the full list:`,
    ...tallies.map((t) => `guardrails ${t.severity}: ${t.count} × ${formatFindingLine(t.example)}`),
  ];
}
