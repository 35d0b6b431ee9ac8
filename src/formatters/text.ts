import { meetsThreshold, FailOn, Report } from '../engine/types';
import { formatFindingLine } from './finding-line';

/** Plain text, one finding per line; ANSI colour only when asked (the CLI asks on a TTY). */
export function formatText(report: Report, options: { failOn: FailOn; color?: boolean }): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const f of report.findings) {
    const label = f.suppressed ? 'suppressed' : f.severity;
    const colour = f.suppressed ? '2' : f.severity === 'error' ? '31' : f.severity === 'warning' ? '33' : '36';
    let line = `${paint(colour, label.padEnd(10))} ${formatFindingLine(f)}`;
    if (f.suppressed) line += ` (suppressed: "${f.suppressed.reason}"${f.suppressed.until ? ` until ${f.suppressed.until}` : ''}; declared at ${f.suppressed.source})`;
    lines.push(line);
  }
  const s = report.summary;
  const failing = report.findings.filter((f) => !f.suppressed && meetsThreshold(f.severity, options.failOn)).length;
  lines.push(
    `${s.objects} object(s) checked with ${report.profile} (Kubernetes ${report.kubernetesVersion}): ${s.error} error(s), ${s.warning} warning(s), ${s.info} info, ${s.suppressed} suppressed; ${failing ? paint('31', `${failing} at or above ${options.failOn}`) : 'none at or above ' + options.failOn}.`,
  );
  return lines.join('\n') + '\n';
}
