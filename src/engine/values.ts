/** Helpers that read untrusted manifest data without throwing on odd types. */

export type Obj = Record<string, unknown>;

const EMPTY: Obj = Object.freeze({}) as Obj;

/** The value if it is a plain object, else an empty frozen object. */
export function asObject(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : EMPTY;
}

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value if it is an array, else an empty array. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value if it is a string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** True when a field is present with a value (not undefined or null). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * True when a boolean field is on. Kubernetes only accepts real booleans, but YAML written by
 * hand often carries `"true"`; treating that as on keeps the check from being talked out of it.
 */
export function isOn(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** True when a boolean field is explicitly off (`false` or `"false"`). */
export function isOff(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

/** Explains a value Kubernetes would refuse for its type, for use in finding messages. */
export function typeNote(value: unknown, expected: 'boolean' | 'integer' | 'string'): string {
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const ok = expected === 'integer' ? typeof value === 'number' && Number.isInteger(value) : actual === expected;
  const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
  return ok || value === undefined ? '' : ` (the value is ${article(actual)} ${actual}, not ${article(expected)} ${expected}: the Kubernetes API would reject this manifest)`;
}

/** Reads an integer that may be written as a number or a numeric string. */
export function asInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}
