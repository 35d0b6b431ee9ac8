// Unknown-field check for built-in kinds. The Kubernetes OpenAPI schemas do not set
// additionalProperties: false, so ajv lets a misspelt field (`runAsNonroot`) through, while the API
// server rejects it (kubectl's default strict field validation) or drops it silently. The field
// lists come from the TypeScript declarations kubernetes-models generates from the same OpenAPI
// spec as its validators, read with the TypeScript compiler: no hand-written schema.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT_FILE = join(HERE, '__kubernetes_kinds__.ts');

/**
 * Loads the declared types of the given kinds ([{ apiVersion, kind }], already known to exist in
 * kubernetes-models) and of ObjectMeta in one TypeScript program. Returns
 * `{ kind(apiVersion, kind, manifest), objectMeta(metadata) }`, each giving errors as { path, message }.
 */
export function unknownFieldChecker(kinds) {
  const unique = [...new Map(kinds.map((k) => [`${k.apiVersion} ${k.kind}`, k])).values()];
  const source = [
    `import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';\nexport declare const meta: IObjectMeta;`,
    ...unique.map((k, i) => `import type { I${k.kind} as T${i} } from 'kubernetes-models/${k.apiVersion}/${k.kind}';\nexport declare const k${i}: T${i};`),
  ].join('\n');
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f === ROOT_FILE || fileExists.call(host, f);
  host.readFile = (f) => (f === ROOT_FILE ? source : readFile.call(host, f));
  host.getSourceFile = (f, lang, ...rest) => (f === ROOT_FILE ? ts.createSourceFile(f, source, lang) : getSourceFile.call(host, f, lang, ...rest));
  const program = ts.createProgram([ROOT_FILE], options, host);
  const checker = program.getTypeChecker();
  const root = program.getSourceFile(ROOT_FILE);
  const rootSymbol = checker.getSymbolAtLocation(root);
  const exports = checker.getExportsOfModule(rootSymbol);
  const declared = (name, what) => {
    const symbol = exports.find((s) => s.name === name);
    const type = symbol && checker.getTypeOfSymbol(symbol);
    // A type that did not resolve would check nothing; fail instead of passing silently.
    if (!type || checker.getPropertiesOfType(type).length === 0) throw new Error(`could not load the declared fields of ${what} from kubernetes-models`);
    return type;
  };
  const metaType = declared('meta', 'ObjectMeta');
  const types = new Map(unique.map((k, i) => [`${k.apiVersion} ${k.kind}`, declared(`k${i}`, `${k.apiVersion} ${k.kind}`)]));
  const check = (value, type, path) => {
    const errors = [];
    walk(checker, value, type, path, errors);
    return errors;
  };
  return {
    kind: (apiVersion, kind, manifest) => check(manifest, types.get(`${apiVersion} ${kind}`), ''),
    objectMeta: (metadata) => check(metadata, metaType, '/metadata'),
  };
}

/** Object types a value of `type` may be (undefined when the type allows anything, e.g. a primitive or `{}`). */
function objectShapes(checker, type) {
  const parts = type.isUnion() ? type.types : [type];
  const shapes = parts.filter((t) => (t.flags & ts.TypeFlags.Object) !== 0);
  if (parts.some((t) => t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return undefined;
  return shapes.length ? shapes : undefined;
}

function walk(checker, value, type, path, errors) {
  if (value === null || typeof value !== 'object' || !type) return;
  const shapes = objectShapes(checker, checker.getNonNullableType(type));
  if (!shapes) return;
  if (Array.isArray(value)) {
    const array = shapes.find((t) => checker.isArrayType(t) || checker.isTupleType(t));
    const element = array && checker.getTypeArguments(array)[0];
    if (element) value.forEach((item, i) => walk(checker, item, element, `${path}/${i}`, errors));
    return;
  }
  const index = shapes.map((t) => checker.getIndexInfoOfType(t, ts.IndexKind.String)).find(Boolean);
  if (index) {
    for (const [key, item] of Object.entries(value)) walk(checker, item, index.type, `${path}/${escape(key)}`, errors);
    return;
  }
  const props = new Map(shapes.flatMap((t) => checker.getPropertiesOfType(t)).map((p) => [p.name, p]));
  // An empty declaration (RawExtension, free-form JSON) allows any content.
  if (props.size === 0) return;
  for (const [key, item] of Object.entries(value)) {
    const prop = props.get(key);
    if (!prop) {
      errors.push({ path: `${path}/${escape(key)}`, message: `unknown field "${key}" (not in the schema)` });
      continue;
    }
    walk(checker, item, checker.getTypeOfSymbol(prop), `${path}/${escape(key)}`, errors);
  }
}

function escape(key) {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
