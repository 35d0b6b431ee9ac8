/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: String(s) returns a string s unchanged, so also sending strings through String() gives the same segment
  const s = typeof segment === 'string' ? segment : String(segment);
  // Most segments need no escaping; skipping the two regex replacements matters on hot paths.
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/**
 * Joined pointers are shared: joining the same segment to the same base gives back the same string,
 * so the thousands of objects of one layout (every top-level document) report one path string per
 * field instead of a fresh copy per violation, which the engine would compare and pool again.
 * A base is looked up only when it is `''` or came out of this memo; numeric segments from
 * `UNSHARED_INDEX` on (List items, long arrays) are joined without it, so per-item pointers do not
 * crowd it. It is emptied when it holds `MAX_SHARED` pointers (only speed depends on it).
 */
const joins = new Map<string, Map<string | number, string> | null>(); // null: shared, nothing joined to it yet
const UNSHARED_INDEX = 16;
const MAX_SHARED = 10_000;
let shared = 0;

function join(base: string, segment: string | number): string {
  let known = joins.get(base);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: only whether a text is memoized changes (speed, memory); the joined text is the same
  if (known === undefined || (typeof segment === 'number' && segment >= UNSHARED_INDEX)) return base + '/' + escapePointerSegment(segment);
  // Stryker disable next-line ConditionalExpression: a fresh map for a base that has one only forgets joins already made; the joined text is the same
  if (known === null) joins.set(base, (known = new Map()));
  let joined = known.get(segment);
  // Stryker disable next-line ConditionalExpression: joining again gives the same text
  if (joined === undefined) {
    joined = base + '/' + escapePointerSegment(segment);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator,BlockStatement,OptionalChaining: only whether a text is memoized changes (speed, memory); the joined text is the same
    if (++shared > MAX_SHARED) resetSharedPointers();
    // Stryker disable next-line OptionalChaining: only whether a text is memoized changes (speed, memory); the joined text is the same
    joins.get(base)?.set(segment, joined);
    // Stryker disable next-line ConditionalExpression,BooleanLiteral,BlockStatement: only whether a text is memoized changes (speed, memory); the joined text is the same
    if (!joins.has(joined)) joins.set(joined, null);
  }
  return joined;
}

/**
 * Shares the pointers joined to `pointer` from now on (one that many objects have, e.g. a pod template path).
 * @internal used by the analysis
 */
// Stryker disable all: only whether a text is memoized changes (speed, memory); the joined text is the same
export function sharePointer(pointer: string): string {
  if (!joins.has(pointer)) {
    if (++shared > MAX_SHARED) resetSharedPointers();
    joins.set(pointer, null);
  }
  return pointer;
}

/**
 * Empties the memo of joined pointers (when full; tests use it to start from a known state).
 * @internal
 */
export function resetSharedPointers(): void {
  joins.clear();
  joins.set('', null);
  shared = 0;
}
resetSharedPointers();
// Stryker restore all

/** Builds a JSON pointer from a base pointer and further segments. */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  // An index loop: most violations build their path here, and an iterator per call showed up in allocation profiles.
  // Not a call to joinSegments: one more call per pointer costs more than the loop is long.
  for (let i = 0; i < segments.length; i++) out = join(out, segments[i]);
  return out;
}

/**
 * `joinPointer` with one segment, without the rest array a call of `joinPointer` makes: for the
 * pointers built for every container (the analysis, and violations that every workload has).
 */
export function appendPointer(base: string, segment: string | number): string {
  return join(base, segment);
}

/**
 * `joinPointer` for segments already in an array: callers that pass theirs on (`pointer(...)`)
 * spare a spread and a second rest array per call.
 * @internal
 */
export function joinSegments(base: string, segments: ReadonlyArray<string | number>): string {
  let out = base;
  for (let i = 0; i < segments.length; i++) out = join(out, segments[i]);
  return out;
}

/** Splits a JSON pointer into its unescaped segments. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The longest prefix of `pointer` that exists in `doc` (the pointer itself when it exists). */
export function nearestExistingPointer(doc: unknown, pointer: string): string {
  // Hot path (called for every finding): when every segment is written in its canonical escaped
  // form, the answer is a prefix of `pointer`, so no segment array or re-joined string is needed.
  // Stryker disable next-line ConditionalExpression: fast path only; for canonical pointers the slow path returns the same pointer (always-fast variants stay covered by this line's LogicalOperator/EqualityOperator/StringLiteral mutants)
  if (pointer === '/' || NON_CANONICAL.test(pointer)) return nearestExistingPointerSlow(doc, pointer);
  let current: unknown = doc;
  let end = 0;
  while (end < pointer.length) {
    if (current === null || typeof current !== 'object') break;
    const next = pointer.indexOf('/', end + 1);
    // Stryker disable next-line EqualityOperator: indexOf searches from end + 1 >= 1, so next is never 0 and `< 0` vs `<= 0` cannot differ
    const stop = next < 0 ? pointer.length : next;
    let segment = pointer.slice(end + 1, stop);
    if (segment.includes('~')) segment = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.prototype.hasOwnProperty.call(current, segment)) break;
    current = (current as Record<string, unknown>)[segment];
    end = stop;
  }
  // Stryker disable next-line ConditionalExpression: when end === pointer.length, pointer.slice(0, end) is the pointer itself, so always slicing gives the same result
  return end === pointer.length ? pointer : pointer.slice(0, end);
}

/** A `~` not starting `~0` or `~1`: unescaping and escaping again would not give the same text. */
const NON_CANONICAL = /~(?![01])/;

function nearestExistingPointerSlow(doc: unknown, pointer: string): string {
  let current: unknown = doc;
  let existing = '';
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') break;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) break;
    current = (current as Record<string, unknown>)[segment];
    existing = joinPointer(existing, segment);
  }
  return existing;
}
