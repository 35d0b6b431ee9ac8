import { asArray, asObject, asString, isObject } from './values';
import { show } from './describe';

/** Labels of a pod or object, as strings. */
export type Labels = Readonly<Record<string, string>>;

/** A label value as selectors compare it: strings as they are, numbers and booleans as text, anything else undefined. */
export function labelValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Labels or annotations of an object that has none: one shared, frozen map. */
const NO_LABELS: Labels = Object.freeze({});

/**
 * A label or annotation map with its values as strings (numbers and booleans as text, other values
 * dropped). A plain object whose values are all strings already (labels nearly always are) is
 * returned as it is: no copy per workload. Read it, never change it.
 */
export function labelMap(value: unknown): Labels {
  // Stryker disable next-line ConditionalExpression: the lines below give an equal empty map; only speed differs
  if (value === undefined) return NO_LABELS;
  const map = asObject(value);
  const keys = Object.keys(map);
  // Stryker disable next-line ConditionalExpression: the loop below makes an equal empty map; only allocation differs
  if (keys.length === 0) return NO_LABELS;
  if (onlyStrings(map, keys)) return map as Labels;
  const out: Record<string, string> = {};
  // An index loop: this runs for every object and workload, mostly in V8's baseline tier, where for…of makes an iterator.
  for (let i = 0; i < keys.length; i++) {
    const s = labelValue(map[keys[i]]);
    if (s !== undefined) out[keys[i]] = s;
  }
  return out;
}

/** Whether a plain object's values are all strings (then it serves as a label map as it is). */
function onlyStrings(map: Record<string, unknown>, keys: readonly string[]): boolean {
  const prototype = Object.getPrototypeOf(map);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (let i = 0; i < keys.length; i++) if (typeof map[keys[i]] !== 'string') return false;
  return true;
}

function stringValues(value: unknown): string[] {
  return asArray(value).map(labelValue).filter((v): v is string => v !== undefined);
}

/**
 * The first requirement of a `metav1.LabelSelector` (matchLabels, then matchExpressions with In,
 * NotIn, Exists, DoesNotExist) that `labels` do not meet, described for messages; undefined when
 * all are met. An unknown operator is never met (the API rejects it).
 */
export function unmetRequirement(selector: unknown, labels: Labels): string | undefined {
  if (!isObject(selector)) return 'there is no selector';
  // Index loops over the keys, not for…of over entries: this runs for every workload, mostly in V8's
  // baseline tiers, where an iterator and an entry array per label cost more than the comparison.
  const matchLabels = asObject(selector.matchLabels);
  const keys = Object.keys(matchLabels);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = matchLabels[key];
    if (labels[key] === undefined || labels[key] !== labelValue(value)) return `matchLabels ${key}=${labelValue(value) ?? show(value)} is not among the pod labels`;
  }
  const expressions = asArray(selector.matchExpressions);
  for (let i = 0; i < expressions.length; i++) {
    const expr = asObject(expressions[i]);
    const key = asString(expr.key) ?? '';
    const operator = asString(expr.operator);
    const values = stringValues(expr.values);
    const present = Object.prototype.hasOwnProperty.call(labels, key);
    const met =
      operator === 'In' ? present && values.includes(labels[key]) :
      operator === 'NotIn' ? !present || !values.includes(labels[key]) :
      operator === 'Exists' ? present :
      operator === 'DoesNotExist' ? !present :
      false;
    if (!met) return `matchExpressions ${key} ${operator ?? '(no operator)'} ${values.join(',')}`.replace(/ $/, '') + ' does not hold for the pod labels';
  }
  return undefined;
}

/**
 * Matches a LabelSelector against labels. A missing or null selector matches nothing; an empty
 * one (`{}`) matches everything, as in the API.
 */
export function labelSelectorMatches(selector: unknown, labels: Labels): boolean {
  return isObject(selector) && unmetRequirement(selector, labels) === undefined;
}

/** True for a LabelSelector that is present and has no requirements, i.e. selects everything. */
export function isEmptyLabelSelector(selector: unknown): boolean {
  return isObject(selector) && !Object.keys(asObject(selector.matchLabels)).length && !asArray(selector.matchExpressions).length;
}

/**
 * Matches an equality-based map selector (Service `spec.selector`, ReplicationController) against
 * labels. An empty or missing map selects nothing here: a Service without selector has manual endpoints.
 */
export function mapSelectorMatches(selector: unknown, labels: Labels): boolean {
  const map = asObject(selector);
  let any = false;
  for (const key in map) {
    if (!Object.prototype.hasOwnProperty.call(map, key)) continue;
    if (labels[key] === undefined || labels[key] !== labelValue(map[key])) return false;
    any = true;
  }
  return any;
}

/**
 * A text that is the same for selectors that select the same labels: their requirements as the
 * matchers read them (values compared as `labelValue` gives them), label keys sorted. Two selectors
 * with equal keys select the same workloads, so an index can match each distinct selector once.
 * Selectors that differ only in ways the matchers ignore may still get different keys.
 */
export function selectorKey(kind: 'map' | 'labelSelector', selector: unknown): string {
  if (kind === 'map') return `map:${labelsKey(selector)}`;
  // Stryker disable next-line StringLiteral: any constant that no other key starts with names the missing selector as well
  if (!isObject(selector)) return 'none';
  const expressions = asArray(selector.matchExpressions).map((raw) => {
    const expr = asObject(raw);
    return [asString(expr.key) ?? '', asString(expr.operator) ?? null, stringValues(expr.values)];
  });
  return `selector:${labelsKey(selector.matchLabels)}:${JSON.stringify(expressions)}`;
}

/** A label map's entries as the matchers read them, sorted by key (a value that is not a scalar never matches: `null`). */
function labelsKey(map: unknown): string {
  // Stryker disable next-line ArrayDeclaration: an extra first entry is the same in every key, so keys are equal exactly when they were
  const entries: Array<[string, string | null]> = [];
  const labels = asObject(map);
  for (const key in labels) if (Object.prototype.hasOwnProperty.call(labels, key)) entries.push([key, labelValue(labels[key]) ?? null]);
  // Stryker disable next-line EqualityOperator: keys of one map are never equal, and any fixed order makes equal maps give equal keys
  return JSON.stringify(entries.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Renders a selector briefly for messages (labels are not secret). */
export function describeSelector(selector: unknown): string {
  if (!isObject(selector)) return 'no selector';
  const parts: string[] = [];
  const matchLabels = 'matchLabels' in selector || 'matchExpressions' in selector ? asObject(selector.matchLabels) : selector;
  for (const [k, v] of Object.entries(matchLabels)) parts.push(`${k}=${labelValue(v) ?? '?'}`);
  for (const raw of asArray(selector.matchExpressions)) {
    const e = asObject(raw);
    const values = stringValues(e.values);
    parts.push(`${asString(e.key) ?? '?'} ${asString(e.operator) ?? '?'}${values.length ? ` (${values.join(', ')})` : ''}`);
  }
  return parts.length ? parts.join(', ') : 'an empty selector';
}
