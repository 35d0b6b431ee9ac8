/**
 * Memoizes what a rule derives from one of its options (a normalized list, a Set, compiled
 * patterns), so the work is done once per profile instead of once per checked object. Option
 * values are keyed by identity: profiles hand every call the same (read-only) value. Primitive
 * values are not cached; deriving from them is cheap.
 */
export function optionCache<T>(derive: (value: unknown) => T): (value: unknown) => T {
  const cache = new WeakMap<object, T>();
  return (value) => {
    if (value === null || typeof value !== 'object') return derive(value);
    if (cache.has(value)) return cache.get(value)!;
    const derived = derive(value);
    cache.set(value, derived);
    return derived;
  };
}
