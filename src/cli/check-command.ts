import * as fs from 'fs';
import { analyzeAll, evaluateObjects } from '../engine/evaluate';
import { blockingFindings, FailOn, Severity, SuppressionSelector } from '../engine/types';
import { KubernetesVersion } from '../engine/version';
import { renderRun, ReportFormat, writeRunFile } from '../formatters';
import { summaryLine } from '../formatters/text';
import { CheckRun, checkedObjectsOf, describeInputError, reportedRulesOf } from '../formatters/run';
import { InputError } from '../input/yaml';
import { parseSuppressionsFile } from '../input/suppressions-file';
import { Profile } from '../profiles/profile';
import { collectInputs, decodeText, describeFsError } from './inputs';
import { CliIo, EXIT } from './io';

/** Parsed options of `check`. */
export interface CheckCommandOptions {
  readonly profile: Profile;
  readonly kubernetesVersion: KubernetesVersion;
  readonly format: ReportFormat;
  readonly output?: string;
  readonly failOn: FailOn;
  readonly suppressions?: string;
  /** Severity of `suppression-unused` findings, or `off`. @default 'warning' */
  readonly unusedSuppressions?: Severity | 'off';
  /** Largest manifest file (or standard input) read, in bytes. @default MAX_FILE_BYTES (16 MiB) */
  readonly maxFileSize?: number;
}

function readSuppressions(file: string): { selectors: SuppressionSelector[]; errors: InputError[] } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { selectors: [], errors: [{ file, message: `cannot read suppressions file: ${describeFsError(error)}` }] };
  }
  const decoded = decodeText(bytes, file);
  if (decoded.error) return { selectors: [], errors: [decoded.error] };
  return parseSuppressionsFile(decoded.text!, file);
}

/** Checks the given paths and writes the report; returns the exit code. */
export async function checkCommand(paths: readonly string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const suppressions = options.suppressions !== undefined ? readSuppressions(options.suppressions) : { selectors: [], errors: [] };
  const collected = await collectInputs(paths, io.readStdin, options.maxFileSize);
  const resolved = options.profile.resolve(options.kubernetesVersion);
  const objects = analyzeAll(collected.inputs);
  const report = evaluateObjects(objects, resolved, { suppressionSelectors: suppressions.selectors, unusedSuppressions: options.unusedSuppressions });
  const run: CheckRun = {
    report,
    failOn: options.failOn,
    errors: [...suppressions.errors, ...collected.errors],
    rules: reportedRulesOf(resolved),
    objects: checkedObjectsOf(objects),
  };
  const toStdout = options.output === undefined || options.output === '-';
  if (toStdout) {
    for (const chunk of renderRun(run, options.format, { color: io.color })) io.stdout(chunk);
  } else {
    try {
      writeRunFile(options.output!, run, options.format);
    } catch (error) {
      io.stderr(`error: cannot write the report to ${options.output}: ${describeFsError(error)}\n`);
      return EXIT.error;
    }
    // The report went to a file: keep the terminal informed with the summary line.
    io.stderr(`Report written to ${options.output}. ${summaryLine(run)}\n`);
  }
  // Text reports already list input errors; other formats are for machines, so tell the human too.
  if (run.errors.length && (options.format !== 'text' || !toStdout)) {
    for (const e of run.errors) io.stderr(`error: ${describeInputError(e)}\n`);
  }
  if (run.errors.length) return EXIT.error;
  return blockingFindings(report, options.failOn).length ? EXIT.findings : EXIT.ok;
}
