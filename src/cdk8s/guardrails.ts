import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Yaml } from 'cdk8s';
import { IConstruct } from 'constructs';
import { PlacedApiObject, placedApiObjects } from './api-objects';
import { CheckJob, evaluateJob, JobEvaluation, ReportFiles, Verdict, verdictOf } from './check-job';
import { GuardrailsError } from './errors';
import { copyManifest } from './manifest-copy';
import { ParallelCheck } from './parallel-check';
import { addSuppression, SuppressOptions } from './suppress';
import { resolveProfile } from '../engine/check';
import { parseSuppressionAnnotation, serializeSuppressionAnnotation, SUPPRESSION_ANNOTATION } from '../engine/suppression-syntax';
import { FailOn, ManifestInput, Report, Severity, Suppression } from '../engine/types';
import { parseKubernetesVersion } from '../engine/version';
import { PodTemplateLocation } from '../engine/workload';
import { Profile } from '../profiles/profile';
import { isBuiltinProfile } from '../profiles/registry';

export { ReportFiles } from './check-job';

/** How guardrails check an app. */
export interface EnforceOptions {
  /** Profile object or name (`pss-baseline`, `pss-restricted`, `recommended`, or one you registered). @default 'recommended' */
  readonly profile?: Profile | string;
  /** Kubernetes version the policies target: `v1.0` … `v1.37` or `latest`. @default 'latest' */
  readonly kubernetesVersion?: string;
  /** Lowest severity that fails synthesis; `never` only reports. @default 'error' */
  readonly failOn?: FailOn;
  /** Report files to write. @default - none */
  readonly reports?: ReportFiles;
  /** Folder for report files. @default - the app's outdir */
  readonly reportDir?: string;
  /** Pod template locations of custom resources, e.g. `{ kind: 'Rollout', templatePath: '/spec/template' }`. @default - none */
  readonly podTemplateLocations?: readonly PodTemplateLocation[];
  /**
   * Receives the findings below `failOn`: one line each when there are at most 20, otherwise one
   * line per rule with its count and an example (write report files for the full list).
   * @default - console.warn
   */
  readonly warn?: (message: string) => void;
  /**
   * Write each object's suppressions into its `cdk8s-guardrails/suppressions` annotation, so that
   * checking the synthesized YAML with the CLI gives the same result as the synth-time check.
   * @default true
   */
  readonly suppressionAnnotations?: boolean;
  /** Severity of findings about suppressions that matched nothing, or `off`. @default 'warning' */
  readonly unusedSuppressions?: Severity | 'off';
  /**
   * Run the rules in a worker thread while `app.synth()`/`app.synthYaml()` serializes the YAML;
   * manifests are written only after the verdict. The worker holds a copy of the manifests: ~1.5×
   * the peak memory of plain synthesis instead of ~1.1×. Measured on 2 cores with 10,000 objects it
   * now costs time (1–5%) instead of saving it; more cores may leave it room, not measured (see
   * docs/performance.md). Only the built-in profiles given by name run in the
   * worker; custom profiles, `Testing.synth` and apps run from this package's TypeScript sources
   * check in-process.
   * @default false
   */
  readonly parallel?: boolean;
}

type SynthMethod = 'synth' | 'synthYaml';

/**
 * Synthesis-time policy checks for a cdk8s app. `Guardrails.of(app).enforce()` makes
 * `app.synth()`, `app.synthYaml()` and `Testing.synth(chart)` check every ApiObject and throw
 * a `GuardrailsError` on findings at or above `failOn`.
 */
export class Guardrails {
  /** The guardrails of the app that contains `scope`. */
  public static of(scope: IConstruct): Guardrails {
    const root = scope.node.root;
    let guardrails = INSTANCES.get(root);
    if (!guardrails) {
      guardrails = new Guardrails(root);
      INSTANCES.set(root, guardrails);
    }
    return guardrails;
  }

  /**
   * Accepts findings of `ruleIds` on every object at or below `scope`. The reason is required and
   * appears in every report; `until` makes the exception expire.
   */
  public static suppress(scope: IConstruct, ruleIds: string | readonly string[], reason: string, options?: SuppressOptions): void {
    addSuppression(scope, ruleIds, reason, options);
  }

  private options?: EnforceOptions;
  /** The report of the last synthesis, built when first asked for. */
  private lastReport?: () => Report;
  /** Set while app.synth()/synthYaml() runs: the first validation checks, the later ones reuse its JSON. */
  private session?: Session;

  private constructor(private readonly root: IConstruct) {}

  /** The report of the last synthesis, if any. */
  public get report(): Report | undefined {
    return this.lastReport?.();
  }

  /** Turns checking on for every synthesis of the app. Calling it again replaces the options. */
  public enforce(options: EnforceOptions = {}): this {
    const first = this.options === undefined;
    // Resolved here so that a wrong profile name or version fails at enforce(), not at synth.
    resolveProfile(options.profile).resolve(parseKubernetesVersion(options.kubernetesVersion ?? 'latest'));
    this.options = options;
    if (first) {
      this.root.node.addValidation({ validate: () => this.validate() });
      this.wrapSynth('synth');
      this.wrapSynth('synthYaml');
    }
    return this;
  }

  /** Opens a session around the app's own synth methods so objects are serialized and checked once. */
  private wrapSynth(method: SynthMethod): void {
    const app = this.root as unknown as Record<SynthMethod, () => unknown>;
    if (typeof app[method] !== 'function') return;
    const original = app[method].bind(app);
    app[method] = () => {
      const parallel = this.wantsWorker() ? ParallelCheck.start() : undefined;
      const session: Session = { checked: false, restore: [], parallel };
      this.session = session;
      const writes: Array<[file: string, yaml: string]> = [];
      if (parallel) deferManifestWrites(writes, session);
      try {
        const result = original();
        if (session.job) this.settle(session.job, parallel!);
        for (const [file, yaml] of writes) fs.writeFileSync(file, yaml, { encoding: 'utf8' });
        return result;
      } catch (error) {
        if (method === 'synth' && error instanceof GuardrailsError) removeStaleManifests(this.root as App, error);
        throw error;
      } finally {
        for (const restore of session.restore) restore();
        parallel?.dispose();
        this.session = undefined;
      }
    };
  }

  /** The worker only knows the built-in profiles: custom ones (objects, or registered in this thread) run here. */
  private wantsWorker(): boolean {
    const { parallel, profile } = this.options!;
    return parallel === true && (profile === undefined || (typeof profile === 'string' && isBuiltinProfile(profile)));
  }

  private validate(): string[] {
    const session = this.session;
    if (session?.checked) return [];
    const job = this.jobOf(placedApiObjects(this.root));
    if (session) session.checked = true;
    this.lastReport = undefined;
    if (session?.parallel?.submit(job)) {
      session.job = job;
      return []; // the verdict comes after the YAML is serialized, in settle()
    }
    this.decide(job, evaluateJob(job));
    return [];
  }

  /**
   * Serializes every object once (suppressions written into annotations first) into a plain job.
   * Each manifest is a copy whose objects share hidden classes (see copyManifest); cdk8s writes
   * that copy as YAML too.
   */
  private jobOf(objects: readonly PlacedApiObject[]): CheckJob {
    const options = this.options!;
    const carry = options.suppressionAnnotations ?? true;
    const inputs: ManifestInput[] = objects.map(({ object, path, suppressions }) => {
      if (carry && suppressions.length) annotateSuppressions(object, suppressions);
      const json = copyManifest(object.toJson());
      if (this.session) this.reuseJson(object, json);
      return { manifest: json, provenance: { constructPath: path }, ...(carry ? {} : { suppressions }) };
    });
    return {
      inputs,
      profile: options.profile,
      kubernetesVersion: options.kubernetesVersion ?? 'latest',
      failOn: options.failOn ?? 'error',
      podTemplateLocations: options.podTemplateLocations ?? [],
      unusedSuppressions: options.unusedSuppressions,
      now: new Date(),
      reports: options.reports,
      reportDir: options.reportDir ?? ((this.root as App).outdir || 'dist'),
    };
  }

  /** Takes the worker's verdict, or checks here if the worker could not give one. */
  private settle(job: CheckJob, parallel: ParallelCheck): void {
    const verdict = parallel.verdict();
    if (!verdict) return this.decide(job, evaluateJob(job));
    // The report is rebuilt here only if someone reads it (same job, same time: same findings).
    this.apply(verdict, memoize(() => evaluateJob(job).evaluation.report()));
  }

  private decide(job: CheckJob, evaluated: JobEvaluation): void {
    this.apply(verdictOf(job, evaluated), () => evaluated.evaluation.report());
  }

  private apply(verdict: Verdict, report: () => Report): void {
    this.lastReport = report;
    const warn = this.options!.warn ?? ((m: string) => console.warn(m));
    for (const line of verdict.warnings) warn(line);
    if (verdict.failure !== undefined) throw new GuardrailsError(verdict.failure, report);
  }

  /** Later toJson() calls in this synth return the JSON already checked, instead of serializing again. */
  private reuseJson(object: ApiObject, json: unknown): void {
    const target = object as unknown as { toJson: () => unknown };
    target.toJson = () => json;
    this.session!.restore.push(() => delete (target as { toJson?: unknown }).toJson);
  }
}

interface Session {
  checked: boolean;
  readonly restore: Array<() => void>;
  readonly parallel?: ParallelCheck;
  /** The job handed to the worker, whose verdict is awaited after serialization. */
  job?: CheckJob;
}

function memoize<T>(build: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/**
 * While the worker checks, cdk8s serializes and saves the manifests: keep them in memory until the
 * verdict, so a failed check leaves no YAML behind that could pass for this build.
 */
function deferManifestWrites(writes: Array<[string, string]>, session: Session): void {
  const yaml = Yaml as unknown as { save: (file: string, docs: unknown[]) => void };
  const save = yaml.save;
  yaml.save = (file, docs) => {
    writes.push([file, Yaml.stringify(...docs)]);
  };
  session.restore.push(() => {
    yaml.save = save;
  });
}

const INSTANCES = new WeakMap<IConstruct, Guardrails>();

/**
 * Writes construct-level suppressions into the object's annotation, keeping entries the object
 * already carried (e.g. from included YAML) and replacing the ones written by an earlier synth.
 */
function annotateSuppressions(object: ApiObject, suppressions: readonly Suppression[]): void {
  const existing = (object.metadata.toJson()?.annotations ?? {})[SUPPRESSION_ANNOTATION];
  const kept = typeof existing === 'string' ? parseSuppressionAnnotation(existing).suppressions.filter((s) => !s.source.startsWith('construct:')) : [];
  object.metadata.addAnnotation(SUPPRESSION_ANNOTATION, serializeSuppressionAnnotation([...kept, ...suppressions]));
}

/**
 * A failed `app.synth()` writes no YAML, but the outdir may still hold the manifests of an earlier
 * synthesis, which a deploy step could mistake for this build: remove them (only files with the
 * app's manifest extension, directly in outdir) and say so in the error.
 */
function removeStaleManifests(app: App, error: GuardrailsError): void {
  const dir = app.outdir;
  const extension = app.outputFileExtension || '.k8s.yaml';
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.endsWith(extension) && fs.statSync(path.join(dir, name)).isFile());
  } catch {
    return; // no outdir: nothing stale
  }
  for (const name of names) fs.rmSync(path.join(dir, name), { force: true });
  if (names.length) {
    error.message += `\nRemoved ${names.length} manifest file(s) of an earlier synthesis from ${dir} (${names.join(', ')}), so they are not mistaken for this build.`;
  }
}
