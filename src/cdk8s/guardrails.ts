import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App } from 'cdk8s';
import { IConstruct } from 'constructs';
import { GuardrailsError } from './errors';
import { addSuppression, SuppressOptions, suppressionsFor } from './suppress';
import { analyzeAll, Evaluation } from '../engine/evaluate';
import { resolveProfile } from '../engine/check';
import { parseSuppressionAnnotation, serializeSuppressionAnnotation, SUPPRESSION_ANNOTATION } from '../engine/suppression-syntax';
import { FailOn, ManifestInput, Report, Severity, Suppression } from '../engine/types';
import { parseKubernetesVersion } from '../engine/version';
import { PodTemplateLocation } from '../engine/workload';
import { formatFindingLine } from '../formatters/finding-line';
import { warningLines } from './warnings';
import { formatRun, ReportFormat, REPORT_FILE_NAMES } from '../formatters';
import { CheckRun, checkedObjectsOf, reportedRulesOf } from '../formatters/run';
import { Profile, ResolvedProfile } from '../profiles/profile';

/** Report files written next to the synthesized YAML. */
export interface ReportFiles {
  /** @default false */ readonly json?: boolean;
  /** @default false */ readonly sarif?: boolean;
  /** @default false */ readonly junit?: boolean;
  /** @default false */ readonly markdown?: boolean;
}

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
  private resolved?: ResolvedProfile;
  private lastEvaluation?: Evaluation;
  /** Set while app.synth()/synthYaml() runs: the first validation checks, the later ones reuse its JSON. */
  private session?: { checked: boolean; restore: Array<() => void> };

  private constructor(private readonly root: IConstruct) {}

  /** The report of the last synthesis, if any. */
  public get report(): Report | undefined {
    return this.lastEvaluation?.report();
  }

  /** Turns checking on for every synthesis of the app. Calling it again replaces the options. */
  public enforce(options: EnforceOptions = {}): this {
    const first = this.options === undefined;
    this.options = options;
    this.resolved = resolveProfile(options.profile).resolve(parseKubernetesVersion(options.kubernetesVersion ?? 'latest'));
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
      this.session = { checked: false, restore: [] };
      try {
        return original();
      } catch (error) {
        if (method === 'synth' && error instanceof GuardrailsError) removeStaleManifests(this.root as App, error);
        throw error;
      } finally {
        for (const restore of this.session.restore) restore();
        this.session = undefined;
      }
    };
  }

  private validate(): string[] {
    if (this.session?.checked) return [];
    const objects = this.root.node.findAll().filter((c): c is ApiObject => ApiObject.isApiObject(c));
    const options = this.options!;
    const carry = options.suppressionAnnotations ?? true;
    const inputs: ManifestInput[] = objects.map((o) => {
      const suppressions = suppressionsFor(o);
      if (carry && suppressions.length) annotateSuppressions(o, suppressions);
      const json = o.toJson();
      if (this.session) this.reuseJson(o, json);
      return { manifest: json, provenance: { constructPath: o.node.path }, ...(carry ? {} : { suppressions }) };
    });
    if (this.session) this.session.checked = true;
    const analyzed = analyzeAll(inputs, options.podTemplateLocations ?? []);
    const evaluation = new Evaluation(analyzed, this.resolved!, { unusedSuppressions: options.unusedSuppressions });
    this.lastEvaluation = evaluation;
    const failOn = options.failOn ?? 'error';
    // The run (with its per-object listing) is built only when report files are wanted.
    this.writeReports(() => ({
      report: evaluation.report(),
      failOn,
      errors: [],
      rules: reportedRulesOf(this.resolved!),
      objects: checkedObjectsOf(analyzed),
    }));
    const warn = options.warn ?? ((m: string) => console.warn(m));
    for (const line of warningLines(evaluation, failOn)) warn(line);
    const blocking = evaluation.findings({ atOrAbove: failOn, suppressed: false });
    if (blocking.length) {
      const lines = blocking.map((f) => '  ' + formatFindingLine(f));
      throw new GuardrailsError(
        `Guardrails (${this.resolved!.name}, Kubernetes ${this.resolved!.kubernetesVersion.label}) found ${blocking.length} finding(s) at or above "${failOn}":\n${lines.join('\n')}`,
        () => evaluation.report(),
      );
    }
    return [];
  }

  /** Later toJson() calls in this synth return the JSON already checked, instead of serializing again. */
  private reuseJson(object: ApiObject, json: unknown): void {
    const target = object as unknown as { toJson: () => unknown };
    target.toJson = () => json;
    this.session!.restore.push(() => delete (target as { toJson?: unknown }).toJson);
  }

  private writeReports(runOf: () => CheckRun): void {
    const files = this.options?.reports;
    if (!files) return;
    const dir = this.options?.reportDir ?? ((this.root as App).outdir || 'dist');
    const formats = (Object.keys(files) as ReportFormat[]).filter((f) => files[f as keyof ReportFiles]);
    if (!formats.length) return;
    fs.mkdirSync(dir, { recursive: true });
    const run = runOf();
    for (const format of formats) {
      fs.writeFileSync(path.join(dir, REPORT_FILE_NAMES[format]), formatRun(run, format));
    }
  }
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
