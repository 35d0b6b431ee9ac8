// Validates built-in Kubernetes kinds with the ajv validators precompiled into kubernetes-models
// (generated from the Kubernetes OpenAPI spec). One model class per apiVersion/kind, loaded on demand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelErrors } from './model-errors.mjs';

/**
 * Kubernetes OpenAPI version of each kubernetes-models release line, from its upstream changelog
 * (github.com/tommy351/kubernetes-models-ts, first-party/kubernetes-models/CHANGELOG.md):
 * 4.5.0 "Update schema version to v1.33.0", 5.0.0 "Update to Kubernetes v1.36.0".
 * An unlisted release fails loudly, so test names never claim a version that was not checked.
 */
const SCHEMA_VERSIONS = { '4.5': 'v1.33', '5.0': 'v1.36', '5.1': 'v1.36' };

const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

/** { package, version, kubernetes } of the installed kubernetes-models. */
export function kubernetesSchemaInfo() {
  const entry = fileURLToPath(import.meta.resolve('kubernetes-models/v1/Pod'));
  const pkgFile = entry.replace(/[\\/]v1[\\/]Pod\.js$/, '/package.json');
  const { name, version } = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const kubernetes = SCHEMA_VERSIONS[version.split('.').slice(0, 2).join('.')];
  if (!kubernetes) {
    throw new Error(`${name}@${version} is not in SCHEMA_VERSIONS (test/schema/validator/kubernetes.mjs): look up the Kubernetes version of its schemas in its changelog and add it`);
  }
  return { package: name, version, kubernetes };
}

const cache = new Map();

/** The kubernetes-models class of apiVersion/kind, or undefined when the package has none. */
export async function modelClass(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !API_VERSION.test(apiVersion) || !KIND.test(kind)) return undefined;
  const key = `${apiVersion} ${kind}`;
  if (!cache.has(key)) cache.set(key, await load(apiVersion, kind));
  return cache.get(key);
}

async function load(apiVersion, kind) {
  let mod;
  try {
    mod = await import(`kubernetes-models/${apiVersion}/${kind}`);
  } catch (error) {
    if (error?.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  const cls = mod[kind];
  // Nested types (PodSpec, Container, …) are classes too, but have no apiVersion/kind of their own.
  return cls && cls.apiVersion === apiVersion && cls.kind === kind ? cls : undefined;
}

/** Schema errors of `manifest` as { path, message }. */
export function kubernetesErrors(cls, manifest) {
  return modelErrors(() => new cls(manifest).validate());
}
