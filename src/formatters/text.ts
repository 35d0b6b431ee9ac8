import { blockingFindings } from '../engine/types';
import { formatFindingLine } from './finding-line';
import { linesInPieces } from './pieces';
import { CheckRun, describeInputError } from './run';

/** Plain text, one finding per line; ANSI colour only when asked (the CLI asks on a TTY without NO_COLOR). */
export function formatText(run: CheckRun, options: { color?: boolean } = {}): string {
  return [...textChunks(run, options)].join('');
}

/** The text of `formatText` in pieces (see `PIECE_CHARS`). */
export function textChunks(run: CheckRun, options: { color?: boolean } = {}): Generator<string> {
  return linesInPieces(textLines(run, options));
}

function* textLines(run: CheckRun, options: { color?: boolean }): Generator<string> {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  for (const e of run.errors) yield `${paint('31', 'input-error')} ${describeInputError(e)}`;
  for (const f of run.report.findings) {
    const label = f.suppressed ? 'suppressed' : f.severity;
    const colour = f.suppressed ? '2' : f.severity === 'error' ? '31' : f.severity === 'warning' ? '33' : '36';
    let line = `${paint(colour, label.padEnd(11))} ${formatFindingLine(f)}`;
    if (f.suppressed) line += ` (suppressed: "${f.suppressed.reason}"${f.suppressed.until ? ` until ${f.suppressed.until}` : ''}; declared at ${f.suppressed.source})`;
    yield line;
  }
  yield summaryLine(run, options);
}

/** The closing line of the text report: counts, and how many findings are at or above fail-on. */
export function summaryLine(run: CheckRun, options: { color?: boolean } = {}): string {
  const { report, failOn } = run;
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const s = report.summary;
  const failing = blockingFindings(report, failOn).length;
  const errors = run.errors.length ? `; ${paint('31', `${run.errors.length} input error(s)`)}` : '';
  return `${s.objects} object(s) checked with ${report.profile} (Kubernetes ${report.kubernetesVersion}): ${s.error} error(s), ${s.warning} warning(s), ${s.info} info, ${s.suppressed} suppressed; ${failing ? paint('31', `${failing} at or above ${failOn}`) : 'none at or above ' + failOn}${errors}.`;
}
