/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON pointer from a base pointer and further segments. */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  for (const s of segments) out += '/' + escapePointerSegment(s);
  return out;
}

/** Splits a JSON pointer into its unescaped segments. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The longest prefix of `pointer` that exists in `doc` (the pointer itself when it exists). */
export function nearestExistingPointer(doc: unknown, pointer: string): string {
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
