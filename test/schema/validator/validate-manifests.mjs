#!/usr/bin/env node
// Schema validation of Kubernetes manifests, run as a plain Node process because kubernetes-models
// is ESM-only (jest/ts-jest load CommonJS). Reads a JSON array of manifests on stdin and prints
// { schemas, results: [{ index, apiVersion, kind, name, namespace, validator, errors: [{ path, message }] }] }.
// Built-in kinds: kubernetes-models, plus an unknown-field check from its generated type declarations;
// SealedSecret/ExternalSecret/SecretProviderClass: committed CRD schemas (../crds). Anything else,
// and removed API versions, is an error: nothing passes unchecked.
import { crdErrors, loadCrdValidators } from './crd.mjs';
import { kubernetesErrors, kubernetesSchemaInfo, modelClass } from './kubernetes.mjs';
import { removedIn } from './removed-apis.mjs';
import { unknownFieldChecker } from './unknown-fields.mjs';

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function validateOne(manifest, index, crds, info) {
  const isObject = manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest);
  const { apiVersion, kind, metadata } = isObject ? manifest : {};
  const result = {
    index,
    apiVersion: typeof apiVersion === 'string' ? apiVersion : undefined,
    kind: typeof kind === 'string' ? kind : undefined,
    name: typeof metadata?.name === 'string' ? metadata.name : undefined,
    namespace: typeof metadata?.namespace === 'string' ? metadata.namespace : undefined,
    validator: 'none',
    errors: [],
  };
  if (!isObject) {
    result.errors.push({ path: '/', message: 'is not an object (a manifest must be a YAML/JSON mapping)' });
    return result;
  }
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    result.errors.push({ path: '/', message: 'has no string apiVersion and kind, so no schema applies' });
    return result;
  }
  const crd = crds.get(`${apiVersion} ${kind}`);
  if (crd) {
    result.validator = crd.source;
    result.errors.push(...crdErrors(crd, manifest));
    result.check = 'metadata';
    return result;
  }
  const removed = removedIn(apiVersion, kind);
  if (removed) {
    result.validator = `removed API (Kubernetes v${removed})`;
    result.errors.push({ path: '/apiVersion', message: `${apiVersion} ${kind} was removed in Kubernetes v${removed}; the ${info.kubernetes} API server does not serve it (use the GA version: https://kubernetes.io/docs/reference/using-api/deprecation-guide/)` });
    return result;
  }
  const cls = await modelClass(apiVersion, kind);
  if (!cls) {
    result.errors.push({ path: '/', message: `no schema for ${apiVersion} ${kind}: not a Kubernetes ${info.kubernetes} kind in ${info.package}@${info.version}, nor a CRD under test/schema/crds (add its CRD schema there)` });
    return result;
  }
  result.validator = `${info.package}@${info.version} (Kubernetes ${info.kubernetes})`;
  result.errors.push(...kubernetesErrors(cls, manifest));
  result.check = 'kind';
  return result;
}

async function main() {
  const input = JSON.parse(await readStdin());
  if (!Array.isArray(input)) throw new Error('stdin must be a JSON array of manifests');
  const info = kubernetesSchemaInfo();
  const crds = loadCrdValidators();
  const results = [];
  for (const [index, manifest] of input.entries()) results.push(await validateOne(manifest, index, crds, info));
  // Unknown fields: whole built-in objects, and the metadata of custom resources.
  const toCheck = results.filter((r) => r.check);
  if (toCheck.length) {
    const unknownFields = unknownFieldChecker(toCheck.filter((r) => r.check === 'kind'));
    for (const r of toCheck) {
      const manifest = input[r.index];
      r.errors.push(...(r.check === 'kind' ? unknownFields.kind(r.apiVersion, r.kind, manifest) : unknownFields.objectMeta(manifest.metadata)));
      delete r.check;
    }
  }
  const schemas = { kubernetes: info, crds: [...crds.values()].map((c) => c.source) };
  process.stdout.write(JSON.stringify({ schemas, results }) + '\n');
}

main().catch((error) => {
  // A harness failure, not a schema error: say what broke, without a stack trace.
  process.stderr.write(`validate-manifests: ${error?.message ?? String(error)}\n`);
  process.exitCode = 2;
});
