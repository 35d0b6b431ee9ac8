import * as fs from 'fs';
import * as path from 'path';
import { warningLines } from './warnings';
import { AnalyzedObject } from '../engine/analyze';
import { resolveProfile } from '../engine/check';
import { analyzeAll, Evaluation } from '../engine/evaluate';
import { FailOn, ManifestInput, Severity } from '../engine/types';
import { parseKubernetesVersion } from '../engine/version';
import { PodTemplateLocation } from '../engine/workload';
import { ReportFormat, REPORT_FILE_NAMES, writeRunFile } from '../formatters';
import { checkedObjectsOf, reportedRulesOf } from '../formatters/run';
import { formatFindingLine } from '../formatters/finding-line';
import { Profile, ResolvedProfile } from '../profiles/profile';

/** Report files written next to the synthesized YAML. */
export interface ReportFiles {
  /** @default false */ readonly json?: boolean;
  /** @default false */ readonly sarif?: boolean;
  /** @default false */ readonly junit?: boolean;
  /** @default false */ readonly markdown?: boolean;
}

/**
 * One synth-time check. Plain data when the profile is given by name, so the same job can run
 * in this thread or in a worker thread and give the same verdict.
 */
export interface CheckJob {
  readonly inputs: readonly ManifestInput[];
  readonly profile?: Profile | string;
  readonly kubernetesVersion: string;
  readonly failOn: FailOn;
  readonly podTemplateLocations: readonly PodTemplateLocation[];
  readonly unusedSuppressions?: Severity | 'off';
  /** Fixed when the job is made, so a report rebuilt later matches the verdict (suppression expiry). */
  readonly now: Date;
  readonly reports?: ReportFiles;
  readonly reportDir: string;
}

/** What synthesis does with a check: print the warnings, and fail with `failure` if set. */
export interface Verdict {
  readonly warnings: readonly string[];
  readonly failure?: string;
}

/** A job's evaluation: findings are built lazily from it. */
export interface JobEvaluation {
  readonly profile: ResolvedProfile;
  readonly objects: readonly AnalyzedObject[];
  readonly evaluation: Evaluation;
}

/** Runs the rules of a job. `progress` is called after analysis and then as the rules go (a worker's heartbeat). */
export function evaluateJob(job: CheckJob, progress: () => void = () => undefined): JobEvaluation {
  const profile = resolveProfile(job.profile).resolve(parseKubernetesVersion(job.kubernetesVersion));
  const objects = analyzeAll(job.inputs, job.podTemplateLocations);
  progress();
  const evaluation = new Evaluation(objects, profile, { now: job.now, unusedSuppressions: job.unusedSuppressions, onProgress: progress });
  return { profile, objects, evaluation };
}

/** Writes the job's report files and decides: warning lines, and the failure message if any finding blocks. */
export function verdictOf(job: CheckJob, { profile, objects, evaluation }: JobEvaluation): Verdict {
  writeReportFiles(job, { profile, objects, evaluation });
  const warnings = warningLines(evaluation, job.failOn);
  const blocking = evaluation.findings({ atOrAbove: job.failOn, suppressed: false });
  if (!blocking.length) return { warnings };
  const lines = blocking.map((f) => '  ' + formatFindingLine(f));
  return {
    warnings,
    failure: `Guardrails (${profile.name}, Kubernetes ${profile.kubernetesVersion.label}) found ${blocking.length} finding(s) at or above "${job.failOn}":\n${lines.join('\n')}`,
  };
}

function writeReportFiles(job: CheckJob, { profile, objects, evaluation }: JobEvaluation): void {
  const files = job.reports;
  if (!files) return;
  const formats = (Object.keys(files) as ReportFormat[]).filter((f) => files[f as keyof ReportFiles]);
  if (!formats.length) return;
  fs.mkdirSync(job.reportDir, { recursive: true });
  const run = { report: evaluation.report(), failOn: job.failOn, errors: [], rules: reportedRulesOf(profile), objects: checkedObjectsOf(objects) };
  for (const format of formats) {
    writeRunFile(path.join(job.reportDir, REPORT_FILE_NAMES[format]), run, format);
  }
}
