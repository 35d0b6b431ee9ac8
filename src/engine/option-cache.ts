/**
 * Memoizes what a rule derives from one of its options (a normalized list, a Set, compiled
 * patterns), so the work is done once per profile instead of once per checked object. Option
 * values are keyed by identity: profiles hand every call the same (read-only) value. Primitive
 * values are not cached; deriving from them is cheap.
 */
export function optionCache<T>(derive: (value: unknown) => T): (value: unknown) => T {
  const cache = new WeakMap<object, T>();
  // The value asked for last: an evaluation asks for one value object after object, and comparing
  // costs less than the two WeakMap lookups.
  let lastValue: object | undefined;
  let lastDerived: T | undefined;
  return (value) => {
    if (value === null || typeof value !== 'object') return derive(value);
    // Stryker disable next-line ConditionalExpression: the WeakMap below gives the same derived value; only speed differs
    if (value === lastValue) return lastDerived!;
    let derived: T;
    if (cache.has(value)) derived = cache.get(value)!;
    else {
      derived = derive(value);
      cache.set(value, derived);
    }
    lastValue = value;
    lastDerived = derived;
    return derived;
  };
}
