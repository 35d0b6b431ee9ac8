import { Finding, Report } from '../../src/engine/types';

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** The engine's marker for a rule that threw (see ruleFailure in src/engine/evaluate.ts). */
export const RULE_FAILURE = /^Rule (\S+) failed while checking/;

/** Problems with one finding: malformed fields, or a rule that threw. Empty when the finding is sound. */
export function findingProblems(f: Finding): string[] {
  const problems: string[] = [];
  if (typeof f.ruleId !== 'string' || !f.ruleId) problems.push(`ruleId is ${JSON.stringify(f.ruleId)}`);
  if (!SEVERITIES.has(f.severity)) problems.push(`severity is ${JSON.stringify(f.severity)}`);
  if (typeof f.path !== 'string' || (f.path !== '' && !f.path.startsWith('/'))) problems.push(`path is ${JSON.stringify(f.path)}`);
  if (typeof f.message !== 'string' || !f.message.trim()) problems.push('message is empty');
  const failure = typeof f.message === 'string' ? RULE_FAILURE.exec(f.message) : null;
  if (failure) problems.push(`rule ${failure[1]} threw: ${f.message.slice(0, 300)}`);
  return problems;
}

/** Throws (failing the property) when any finding of the report is malformed or a rule threw. */
export function assertWellFormed(report: Report): void {
  const problems = report.findings.flatMap((f) => findingProblems(f).map((p) => `[${f.ruleId}] ${p}`));
  if (problems.length) throw new Error(`${problems.length} bad finding(s):\n${[...new Set(problems)].join('\n')}`);
}
