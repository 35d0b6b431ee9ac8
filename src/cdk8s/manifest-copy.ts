/**
 * A copy of a synthesized manifest whose objects share V8 hidden classes.
 *
 * cdk8s's `toJson()` returns objects that mostly have a hidden class of their own (2,000
 * cdk8s-plus Deployments: 2,000 distinct classes for their metadata, pod specs and containers
 * each), so every field a rule reads misses V8's inline caches and is looked up the slow way:
 * ~280,000 misses for 10,000 objects. Objects built here key by key, in the same order, share
 * classes. The copy is what guardrails check and what cdk8s writes as YAML, so the original is
 * garbage at once and the data written is the same.
 *
 * Plain objects and arrays are copied; every other value (strings, numbers including -0 and NaN,
 * `undefined`, class instances, functions) is kept as it is. A hole in an array becomes
 * `undefined`, which YAML and JSON write the same way.
 */
export function copyManifest(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) items.push(copyManifest(value[i]));
    return items;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // An own `__proto__` key (JSON.parse makes them) must stay a key, not become the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: copyManifest(source[key]), enumerable: true, writable: true, configurable: true });
    else copy[key] = copyManifest(source[key]);
  }
  return copy;
}
