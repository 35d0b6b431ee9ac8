/**
 * Reports are written in pieces of about this many characters, never as one text: a report of
 * 100k+ findings runs to 60-220 MB, and built whole (then encoded as one buffer) it took the CLI's
 * peak memory at 10,000 workloads from ~0.4 GB to 0.7-1.8 GB, depending on the format. Pieces of
 * this size are reclaimed young by the garbage collector.
 */
export const PIECE_CHARS = 1 << 16;

/** Collects texts and hands them out joined, a piece at a time. */
export class PieceBuffer {
  private texts: string[] = [];
  private size = 0;

  /** Adds a text; true when the buffer holds a piece's worth and should be taken. */
  public add(text: string): boolean {
    this.texts.push(text);
    this.size += text.length;
    return this.size >= PIECE_CHARS;
  }

  /** The texts added since the last take, joined. */
  public take(): string {
    const piece = this.texts.join('');
    this.texts = [];
    this.size = 0;
    return piece;
  }
}

/** `[...lines].join('\n') + '\n'` in pieces. */
export function* linesInPieces(lines: Iterable<string>): Generator<string> {
  const buffer = new PieceBuffer();
  let none = true;
  for (const line of lines) {
    none = false;
    if (buffer.add(line + '\n')) yield buffer.take();
  }
  const rest = buffer.take();
  if (rest) yield rest;
  else if (none) yield '\n';
}

/** A JSON document whose size is one array, to write in pieces (see `jsonWithArrayInPieces`). */
export interface JsonArrayDocument {
  /** The document with the array empty. */
  readonly frame: unknown;
  /** The array's key, and how deep the object holding it is nested (1: a key of the document itself). */
  readonly key: string;
  readonly depth: number;
  /** Wraps items in the objects and arrays around the array, so they are nested (and indented) as in the document. */
  readonly wrap: (items: readonly unknown[]) => unknown;
  /** How many items the array has. */
  readonly count: number;
  /** Items `from` to `to` (exclusive), made when asked for. */
  readonly items: (from: number, to: number) => readonly unknown[];
  /** Items per piece. */
  readonly perPiece: number;
  /** The whole document, for when the array cannot be found in the frame. */
  readonly whole: () => unknown;
}

/**
 * `JSON.stringify(document, null, 2) + '\n'` in pieces: the frame up to the array, the array a batch
 * of items at a time (each batch stringified wrapped as deep as in the document, so indented the
 * same, and made only when its turn comes), then the rest of the frame.
 */
export function* jsonWithArrayInPieces(document: JsonArrayDocument): Generator<string> {
  const frame = JSON.stringify(document.frame, null, 2);
  const indent = '  '.repeat(document.depth);
  // String values cannot hold a raw newline, so this text can only be the key itself; found twice, it is not used.
  const marker = `\n${indent}${JSON.stringify(document.key)}: []`;
  const at = frame.indexOf(marker);
  if (!document.count || at < 0 || frame.indexOf(marker, at + 1) >= 0) {
    yield JSON.stringify(document.count ? document.whole() : document.frame, null, 2) + '\n';
    return;
  }
  // Where the items start and end in a wrapped batch: around the one item of a probe.
  const probe = JSON.stringify(document.wrap([null]), null, 2);
  const item = probe.indexOf('null');
  const head = probe.lastIndexOf('[\n', item) + 2;
  const tail = probe.length - item - 'null'.length;
  yield frame.slice(0, at) + marker.slice(0, -2) + '[\n';
  for (let from = 0; from < document.count; from += document.perPiece) {
    const batch = JSON.stringify(document.wrap(document.items(from, Math.min(document.count, from + document.perPiece))), null, 2);
    yield (from ? ',\n' : '') + batch.slice(head, batch.length - tail);
  }
  yield `\n${indent}]` + frame.slice(at + marker.length) + '\n';
}
