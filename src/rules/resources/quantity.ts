/** Parses Kubernetes resource quantities (`500m`, `1.5Gi`, `2e3`, `128974848`). */

const SUFFIX: Readonly<Record<string, number>> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/**
 * Quantities already parsed: six rules read the same few values (`100m`, `128Mi`) of every
 * container, and a lookup costs less than the regular expression. Emptied past `MAX_KNOWN` texts.
 */
const known = new Map<string, number | undefined>();
const MAX_KNOWN = 1_000;

/** The value of a quantity in base units, or undefined when it is not a valid quantity. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let parsed = known.get(value);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: only whether a value is remembered changes (speed); parsing again gives the same value
  if (parsed === undefined && !known.has(value)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only whether a value is remembered changes (speed); parsing again gives the same value
    if (known.size >= MAX_KNOWN) known.clear();
    parsed = parseText(value);
    known.set(value, parsed);
  }
  return parsed;
}

function parseText(value: string): number | undefined {
  const match = QUANTITY.exec(value.trim());
  if (!match) return undefined;
  // Indexing, not destructuring: destructuring goes through an array iterator, on every container.
  const exponent = match[2];
  const base = Number(match[1]);
  return exponent !== undefined ? base * 10 ** Number(exponent) : base * SUFFIX[match[3] ?? ''];
}

/** Two quantities are equal (within floating point noise), e.g. `1Gi` and `1024Mi`, `1` and `1000m`. */
export function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}
