import { Manifest, ManifestInput, ResourceRef } from './types';
import { joinPointer, joinSegments } from './json-pointer';
import { labelMap } from './selectors';
import { asArray, asObject, asString, isObject, Obj } from './values';
import { BUILTIN_POD_TEMPLATE_LOCATIONS, findPodSpecs, PodSpecView, PodTemplateLocation } from './workload';

/** One Kubernetes object prepared for the rules: computed once, shared by every rule. */
export interface AnalyzedObject {
  /** The object itself (for a `List` item: the item). */
  readonly manifest: Manifest;
  /** JSON pointer of the object inside its document: `''`, or `/items/3` for a List item. */
  readonly basePath: string;
  /** The whole document the object came from (differs from `manifest` for List items). */
  readonly document: unknown;
  readonly ref: ResourceRef;
  readonly kind: string;
  readonly apiVersion: string;
  readonly metadata: Obj;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** Every pod spec of the object (one for workloads, none otherwise). */
  readonly podSpecs: readonly PodSpecView[];
  /** The input it came from (provenance, suppressions). */
  readonly input: ManifestInput;
  /** Builds a JSON pointer under this object. */
  pointer(...segments: Array<string | number>): string;
}

/** An analyzed object; `pointer` is a method of the class, not a closure made for every object. */
class Analyzed implements AnalyzedObject {
  public readonly kind: string;
  public readonly apiVersion: string;
  public readonly metadata: Obj;
  public readonly ref: ResourceRef;
  public readonly labels: Readonly<Record<string, string>>;
  public readonly annotations: Readonly<Record<string, string>>;
  public readonly podSpecs: readonly PodSpecView[];
  public readonly document: unknown;

  constructor(
    public readonly manifest: Obj,
    public readonly basePath: string,
    public readonly input: ManifestInput,
    locations: readonly PodTemplateLocation[],
  ) {
    const metadata = asObject(manifest.metadata);
    const kind = asString(manifest.kind) ?? '';
    const apiVersion = asString(manifest.apiVersion) ?? '';
    const namespace = asString(metadata.namespace);
    const name = asString(metadata.name) ?? asString(metadata.generateName);
    // Built field by field (no spread temporaries): this runs for every object of large inputs.
    const ref: { -readonly [K in keyof ResourceRef]: ResourceRef[K] } = { apiVersion, kind };
    if (namespace !== undefined) ref.namespace = namespace;
    if (name !== undefined) ref.name = name;
    this.kind = kind;
    this.apiVersion = apiVersion;
    this.metadata = metadata;
    this.ref = ref;
    this.labels = labelMap(metadata.labels);
    this.annotations = labelMap(metadata.annotations);
    this.podSpecs = findPodSpecs(manifest, basePath, locations);
    this.document = input.manifest;
  }

  public pointer(...segments: Array<string | number>): string {
    return joinSegments(this.basePath, segments);
  }
}

function analyzeOne(object: Obj, basePath: string, input: ManifestInput, locations: readonly PodTemplateLocation[]): AnalyzedObject {
  return new Analyzed(object, basePath, input, locations);
}

/** A `List` (or `*List` kind) with items: its items are the objects. */
function isList(value: Obj): boolean {
  const kind = value.kind;
  return typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value.items);
}

/** The built-in pod template locations followed by `extra` (the built-in list itself when there are none). */
export function withBuiltinLocations(extra: readonly PodTemplateLocation[]): readonly PodTemplateLocation[] {
  return extra.length ? [...BUILTIN_POD_TEMPLATE_LOCATIONS, ...extra] : BUILTIN_POD_TEMPLATE_LOCATIONS;
}

/**
 * Turns one input into the objects it holds: itself, or the items of a `List` (also `*List`
 * kinds). Nested Lists are flattened with an explicit stack, so no nesting depth can overflow the
 * call stack or hide an object from the rules.
 */
// Stryker disable next-line ArrayDeclaration: a non-empty default only adds entries that are not locations; they have no kind, so findPodSpecs skips them for every object (whose kind is a non-empty string there)
export function analyzeInput(input: ManifestInput, extraLocations: readonly PodTemplateLocation[] = []): AnalyzedObject[] {
  const out: AnalyzedObject[] = [];
  analyzeInputInto(input, withBuiltinLocations(extraLocations), out);
  return out;
}

/**
 * `analyzeInput` appending to `out`, with every location given (see `withBuiltinLocations`): an
 * analysis of many inputs makes neither a list per input nor the location list again.
 * @internal
 */
export function analyzeInputInto(input: ManifestInput, locations: readonly PodTemplateLocation[], out: AnalyzedObject[]): void {
  // The usual input is one object, not a List: no stack for it.
  if (isObject(input.manifest) && !isList(input.manifest)) {
    out.push(analyzeOne(input.manifest, '', input, locations));
    return;
  }
  const stack: Array<[unknown, string]> = [[input.manifest, '']];
  while (stack.length) {
    const [value, basePath] = stack.pop()!;
    if (!isObject(value)) continue;
    if (isList(value)) {
      const items = asArray(value.items);
      // Stryker disable next-line ArithmeticOperator: starting past the end only pushes undefined entries first, which the loop skips as non-objects
      for (let i = items.length - 1; i >= 0; i--) stack.push([items[i], joinPointer(basePath, 'items', i)]);
      continue;
    }
    out.push(analyzeOne(value, basePath, input, locations));
  }
}
