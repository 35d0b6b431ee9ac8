import { asArray, asObject, asString, isObject } from '../../engine/values';

/** Why a label selector does not select a set of labels, or undefined when it does. */
export function selectorMismatch(selector: unknown, labels: Readonly<Record<string, string>>): string | undefined {
  const sel = asObject(selector);
  for (const [key, value] of Object.entries(asObject(sel.matchLabels))) {
    if (labels[key] !== String(value)) return `matchLabels ${key}=${String(value)} is not among the pod labels`;
  }
  for (const raw of asArray(sel.matchExpressions)) {
    const expr = asObject(raw);
    const key = asString(expr.key) ?? '';
    const operator = asString(expr.operator);
    const values = asArray(expr.values).map(String);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const ok =
      operator === 'In' ? has && values.includes(labels[key]) :
      operator === 'NotIn' ? !has || !values.includes(labels[key]) :
      operator === 'Exists' ? has :
      operator === 'DoesNotExist' ? !has :
      false;
    if (!ok) return `matchExpressions ${key} ${operator ?? '(no operator)'} ${values.join(',')} does not hold for the pod labels`.replace(/ $/, '');
  }
  return undefined;
}

/** True for a selector with neither matchLabels nor matchExpressions (it would select every pod). */
export function isEmptySelector(selector: unknown): boolean {
  if (!isObject(selector)) return true;
  return Object.keys(asObject(selector.matchLabels)).length === 0 && asArray(selector.matchExpressions).length === 0;
}

/** Labels of a pod template metadata object, as strings. */
export function templateLabels(metadata: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(metadata.labels))) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}
