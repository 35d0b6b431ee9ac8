import fc from 'fast-check';
import { seedManifests } from './seeds';

/** Builds `depth` levels of nesting iteratively (a recursive builder would itself overflow). */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { spec: value, containers: value };
  return value;
}

// Built once: a property run reuses the same large values instead of generating them per case.
const HUGE_ARRAY = Array.from({ length: 2_000 }, (_, i) => ({ name: `c${i}`, image: 'x' }));
const HUGE_STRING = 'x'.repeat(100_000);

/** Shared values: mutations must not descend into them, or one case would change the next. */
const SHARED = new WeakSet<object>();
function shared<T>(value: T, label?: string): T {
  if (value && typeof value === 'object') SHARED.add(value);
  // fast-check prints counterexamples recursively: deep or huge values get a short label instead.
  if (label) Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false });
  return value;
}

/** Values YAML (incl. `!!binary`, `!!omap`, `!!set`, `.nan`, `.inf`) or cdk8s JSON can put where a field should be. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    0.5,
    '',
    ' ',
    'true',
    'false',
    'null',
    '0',
    '-1',
    '1e309',
    '0x1F',
    'yes',
    '~',
    '*',
    'ALL',
    '/',
    '../..',
    '~1',
    '\u0000',
    '\u202e\u0301\ud83d\ude00',
    HUGE_STRING,
    [],
    [null],
    {},
    shared(HUGE_ARRAY, '<array of 2000 containers>'),
    shared(new Uint8Array([0, 1, 2])),
    shared(new Map([['a', 1]])),
    shared(new Set(['a'])),
    shared(new Date(0)),
    shared(JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "toString": "x", "hasOwnProperty": 2, "valueOf": null}')),
    shared(Object.create(null)),
    shared(deeplyNested(5_000, 'array'), '<5000 nested arrays>'),
    shared(deeplyNested(5_000, 'object'), '<5000 nested objects>'),
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.oneof(fc.constant(null), fc.string(), fc.integer()), { maxLength: 5 }),
);

type Container = Record<string | number, unknown>;

/** Every location in a JSON-like value, as a list of keys from the root (the root itself excluded). */
export function locations(value: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const stack: Array<[unknown, Array<string | number>]> = [[value, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node && typeof node === 'object' && SHARED.has(node)) continue;
    if (Array.isArray(node)) node.forEach((v, i) => stack.push([v, [...path, i]]) && out.push([...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) stack.push([v, [...path, k]]) && out.push([...path, k]);
  }
  return out;
}

/** One change to a manifest: where (an index into its locations, taken modulo) and what. */
export type Mutation =
  | { readonly at: number; readonly op: 'replace'; readonly value: unknown }
  | { readonly at: number; readonly op: 'delete' }
  | { readonly at: number; readonly op: 'stringify' }
  | { readonly at: number; readonly op: 'wrap' }
  | { readonly at: number; readonly op: 'addKey'; readonly key: string; readonly value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('replace' as const), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('delete' as const) }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('stringify' as const) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('wrap' as const) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('addKey' as const), key: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'hostPath', 'privileged', 'items', 'kind')), value: hostileValue }) },
);

/** What the `stringify` mutation turns a value into. */
export function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep for JSON.stringify; String() of a deeply nested array recurses too (Array#toString).
    try {
      return String(value);
    } catch {
      return '[value too deep to print]';
    }
  }
}

/** Applies mutations in order; each is resolved against the manifest as it is at that point. */
export function applyMutations(manifest: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, unknown> {
  for (const m of mutations) {
    const all = locations(manifest);
    if (!all.length) break;
    const path = all[m.at % all.length];
    let parent = manifest as Container;
    for (const key of path.slice(0, -1)) parent = parent[key] as Container;
    const last = path[path.length - 1];
    if (m.op === 'replace') parent[last] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (m.op === 'stringify') {
      // numbers and booleans as strings ("8080", "true"), objects as their JSON text
      const v = parent[last];
      parent[last] = typeof v === 'string' ? v : stringify(v);
    } else if (m.op === 'wrap') parent[last] = [parent[last]];
    else {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target) && !SHARED.has(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return manifest;
}

const SEED_COUNT = seedManifests().length;

/** A valid manifest of some kind (incl. CronJob, List, RBAC, Secret) with 1–4 hostile mutations. */
export const mutatedManifest: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat({ max: SEED_COUNT - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([index, mutations]) => applyMutations(seedManifests()[index], mutations));

const KINDS = [...new Set(seedManifests().map((m) => m.kind as string)), 'PodList', 'DeploymentList', 'Unknown', 'pod', ''];

/** A document that is only loosely shaped like a Kubernetes object. */
export const randomManifest: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      apiVersion: fc.oneof(fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'rbac.authorization.k8s.io/v1', 'networking.k8s.io/v1'), hostileValue),
      kind: fc.oneof(fc.constantFrom(...KINDS), hostileValue),
      metadata: fc.oneof(hostileValue, fc.record({ name: hostileValue, namespace: hostileValue, labels: hostileValue, annotations: hostileValue }, { requiredKeys: [] })),
      spec: hostileValue,
      items: hostileValue,
      rules: hostileValue,
      data: hostileValue,
      template: hostileValue,
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);

/** The manifests of one run: mutated valid ones mixed with random ones, so cross-object rules see both. */
export const manifestSet: fc.Arbitrary<unknown[]> = fc.array(fc.oneof({ weight: 3, arbitrary: mutatedManifest }, { weight: 1, arbitrary: randomManifest }), { minLength: 1, maxLength: 4 });
