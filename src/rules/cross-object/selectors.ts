import { asArray, asObject, asString, isObject } from '../../engine/values';

/** Labels of a pod or object. */
export type Labels = Readonly<Record<string, string>>;

function stringValues(value: unknown): string[] {
  return asArray(value).map((v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined)).filter((v): v is string => v !== undefined);
}

function labelValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Matches a `metav1.LabelSelector` (matchLabels AND matchExpressions with In, NotIn, Exists,
 * DoesNotExist) against labels. A missing or null selector matches nothing; an empty one (`{}`)
 * matches everything, as in the API. An unknown operator matches nothing (the API rejects it).
 */
export function labelSelectorMatches(selector: unknown, labels: Labels): boolean {
  if (!isObject(selector)) return false;
  for (const [key, value] of Object.entries(asObject(selector.matchLabels))) {
    if (labels[key] === undefined || labels[key] !== labelValue(value)) return false;
  }
  for (const raw of asArray(selector.matchExpressions)) {
    const expr = asObject(raw);
    const key = asString(expr.key);
    if (key === undefined) return false;
    const values = stringValues(expr.values);
    const present = Object.prototype.hasOwnProperty.call(labels, key);
    switch (expr.operator) {
      case 'In':
        if (!present || !values.includes(labels[key])) return false;
        break;
      case 'NotIn':
        if (present && values.includes(labels[key])) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
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
  const entries = Object.entries(asObject(selector));
  if (!entries.length) return false;
  return entries.every(([key, value]) => labels[key] !== undefined && labels[key] === labelValue(value));
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
