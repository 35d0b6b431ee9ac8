// Validates custom resources against the openAPIV3Schema of their CRD (committed under ../crds),
// with the API server's semantics: unknown fields are errors (kubectl's default strict field
// validation; structural schemas prune them otherwise), except under x-kubernetes-preserve-unknown-fields.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
// ObjectMeta ships with kubernetes-models (its own dependency), so CRD metadata gets the same check as core kinds.
import { ObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import { describeAjvError, modelErrors } from './model-errors.mjs';

const CRD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'crds');

const INT32 = [-(2 ** 31), 2 ** 31 - 1];

function newAjv() {
  // strict: false lets the x-kubernetes-* extension keywords through as annotations.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  // Formats the Kubernetes OpenAPI dialect adds.
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= INT32[0] && n <= INT32[1] });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isSafeInteger(n) });
  ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  return ajv;
}

/**
 * Returns a copy of a structural schema node in the API server's reading: objects with `properties`
 * and no `additionalProperties` reject unknown fields; int-or-string accepts both.
 */
export function toStrictSchema(node) {
  if (Array.isArray(node)) return node.map(toStrictSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'properties' || key === 'patternProperties'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toStrictSchema(v)]))
      : key === 'enum' || key === 'default' || key === 'example' || key === 'required'
        ? value
        : toStrictSchema(value);
  }
  if (out['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  const preserve = out['x-kubernetes-preserve-unknown-fields'] === true;
  if (out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
  return out;
}

/** Loads every committed CRD schema: `${apiVersion} ${kind}` → { validate, source }. */
export function loadCrdValidators(dir = CRD_DIR) {
  const ajv = newAjv();
  const validators = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const schema = toStrictSchema(doc.openAPIV3Schema);
    // metadata is checked as ObjectMeta below; the CRD only says `type: object` (no strictness here).
    if (schema.properties?.metadata) schema.properties.metadata = { type: 'object' };
    validators.set(`${doc.group}/${doc.version} ${doc.kind}`, {
      validate: ajv.compile(schema),
      source: `CRD ${doc.kind}.${doc.group}/${doc.version} (${doc.source.repository} ${doc.source.path} @ ${doc.source.commit.slice(0, 12)})`,
    });
  }
  return validators;
}

/** Errors of `manifest` against a loaded CRD validator, as { path, message }. */
export function crdErrors(entry, manifest) {
  const errors = [];
  if (!entry.validate(manifest)) errors.push(...entry.validate.errors.map(describeAjvError));
  const metadata = manifest.metadata;
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
    errors.push(...modelErrors(() => new ObjectMeta(metadata).validate()).map((e) => ({ ...e, path: `/metadata${e.path === '/' ? '' : e.path}` })));
  }
  return errors;
}
