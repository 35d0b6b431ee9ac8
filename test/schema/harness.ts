import { spawnSync } from 'child_process';
import * as path from 'path';
import { ApiObject, App, Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';

/** The validator runs in a plain Node process: kubernetes-models is ESM-only, jest here is CommonJS. */
const VALIDATOR = path.join(__dirname, 'validator', 'validate-manifests.mjs');

/** One schema error: JSON pointer into the manifest and what is wrong there. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

/** The validation result of one manifest. */
export interface SchemaResult {
  readonly index: number;
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** Which schema was applied ('none' when there was none: that is an error too). */
  readonly validator: string;
  readonly errors: readonly SchemaError[];
}

/** What the validator checked against. */
export interface SchemaInfo {
  readonly kubernetes: { readonly package: string; readonly version: string; readonly kubernetes: string };
  readonly crds: readonly string[];
}

/** Validates manifests (plain JSON objects) against the Kubernetes and CRD schemas in one child process. */
export function validateManifests(manifests: readonly unknown[]): { schemas: SchemaInfo; results: SchemaResult[] } {
  const run = spawnSync(process.execPath, [VALIDATOR], {
    input: JSON.stringify(manifests),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw new Error(`schema validator could not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`schema validator failed (exit ${run.status}): ${run.stderr.trim()}`);
  return JSON.parse(run.stdout);
}

/** Readable lines for every schema error, e.g. `Deployment shop/api /spec/replicas: must be integer [kubernetes-models@5.1.0 …]`. */
export function schemaErrorLines(results: readonly SchemaResult[]): string[] {
  return results.flatMap((r) =>
    r.errors.map((e) => `${r.kind ?? '?'} ${r.namespace ? r.namespace + '/' : ''}${r.name ?? `#${r.index}`} ${e.path}: ${e.message} [${r.validator}]`),
  );
}

/** Every manifest of every chart of the app, as `cdk8s synth` writes them. */
export function synthAll(app: App): Record<string, unknown>[] {
  return app.charts.flatMap((chart) => Testing.synth(chart));
}

/**
 * The JSON of every ApiObject of the app without running the app's validations (Testing.synth runs
 * them, and an app with `Guardrails.enforce()` and findings throws before returning anything).
 */
export function apiObjectsWithoutValidation(app: App): Record<string, unknown>[] {
  return app.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson());
}

/** Manifests of a multi-document YAML text (the form `cdk8s synth` writes to disk). */
export function manifestsOfYaml(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text)
    .map((doc) => doc.toJSON())
    .filter((doc): doc is Record<string, unknown> => doc !== null && doc !== undefined);
}

/** The Kubernetes OpenAPI version the schemas describe, e.g. `v1.36`, for test names. */
export function kubernetesSchemaVersion(): string {
  return validateManifests([]).schemas.kubernetes.kubernetes;
}
