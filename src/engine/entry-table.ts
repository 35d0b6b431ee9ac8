import { AnalyzedObject } from './analyze';
import { Finding } from './types';

/** Fields stored per entry, side by side in a chunk: owner, path, message, container. */
const FIELDS = 4;

/** Entries per chunk: a chunk's array (FIELDS slots per entry, 8 bytes each) stays below V8's large-object size (128 KB). */
export const CHUNK_SIZE = 2048;

/** Entries [k·CHUNK_SIZE, (k+1)·CHUNK_SIZE): their fields side by side in one array. */
class Chunk {
  public readonly fields: unknown[] = [];
  /** The finding of each entry once built; made when the first one is (most entries are never built during a synthesis). */
  public built?: Array<Finding | undefined>;
}

/**
 * An empty array with the hidden class of an array of objects. `[]` is an array of small integers
 * until an object is pushed, which changes its class: code V8 optimized while the tables pushed
 * only their first chunk expected that class, and was thrown away mid-pass when a table pushed its
 * second (at its 2,049th entry), then compiled again. Kinds of array elements only ever widen, so
 * an array that held an object keeps the wider class when emptied.
 */
function emptyChunkList(): Chunk[] {
  // Stryker disable next-line ArrayDeclaration: `[]` makes an empty list too; only its hidden class (speed) differs
  const chunks: Chunk[] = [new Chunk()];
  chunks.pop();
  return chunks;
}

/** The chunk's built findings, made full size at once (set out of order, a growing array would turn sparse). */
function builtOf(chunk: Chunk): Array<Finding | undefined> {
  return (chunk.built ??= new Array<Finding | undefined>(CHUNK_SIZE));
}

/**
 * The violations of an evaluation, one entry each, stored in fixed-size chunks.
 *
 * No object per entry: a large app has 100k+ entries, and their fields are mostly shared texts.
 * Chunks, not one growing array: an array of 100k+ entries lives in V8's large-object space and is
 * copied to a larger one as it grows, and every outgrown copy stays there as garbage until the
 * next full collection (~15 MB more peak memory on a large cdk8s app). One `push` of all fields
 * per entry: it runs for every violation, mostly in V8's baseline tier, where a call per field
 * (one array per field) cost ~8% of the instructions of evaluating a large app.
 */
export class EntryTable {
  /**
   * The last chunk is the one entries are appended to. Not kept in a field of its own: V8 treats a
   * field as constant until it is first reassigned, and reassigning it at the second chunk threw
   * away the optimized code that pushes, mid-pass, to be compiled again. The list starts empty but
   * already of the map it has once it holds chunks (see emptyChunkList), for the same reason.
   */
  private readonly chunks: Chunk[] = emptyChunkList();
  private size = 0;

  public get length(): number {
    return this.size;
  }

  /** Appends an entry and returns its index. */
  public push(owner: AnalyzedObject, path: string, message: string, container: string | undefined, built: Finding | undefined): number {
    if (this.size % CHUNK_SIZE === 0) this.chunks.push(new Chunk());
    const chunk = this.chunks[this.chunks.length - 1];
    chunk.fields.push(owner, path, message, container);
    if (built !== undefined) builtOf(chunk)[this.size % CHUNK_SIZE] = built;
    return this.size++;
  }

  /** The object entry `index` is about (undefined outside the table). */
  public owner(index: number): AnalyzedObject | undefined {
    return this.field(index, 0) as AnalyzedObject | undefined;
  }

  public path(index: number): string | undefined {
    return this.field(index, 1) as string | undefined;
  }

  public message(index: number): string | undefined {
    return this.field(index, 2) as string | undefined;
  }

  public container(index: number): string | undefined {
    return this.field(index, 3) as string | undefined;
  }

  /** The finding built for entry `index`, if any. */
  public built(index: number): Finding | undefined {
    return this.chunkOf(index)?.built?.[index % CHUNK_SIZE];
  }

  /** Records the finding built for entry `index`, which must exist. */
  public setBuilt(index: number, finding: Finding): void {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`entry ${index} is outside the table (length ${this.size})`);
    builtOf(this.chunks[Math.floor(index / CHUNK_SIZE)])[index % CHUNK_SIZE] = finding;
  }

  private field(index: number, offset: number): unknown {
    return this.chunkOf(index)?.fields[(index % CHUNK_SIZE) * FIELDS + offset];
  }

  private chunkOf(index: number): Chunk | undefined {
    return this.chunks[Math.floor(index / CHUNK_SIZE)];
  }
}

/**
 * Entries kept as a sequence of tables, indexed as one: the tables of single-object rules are
 * taken over whole when their rule's turn comes (copying them would hold every entry twice at the
 * end of the pass), and entries pushed afterwards go to a table of their own.
 */
export class EntrySegments {
  private readonly tables: EntryTable[] = [];
  private readonly starts: number[] = [];
  /** Whether the last table was taken over (pushes then start a new one). */
  // Stryker disable next-line BooleanLiteral: with no table yet, the first push opens one either way
  private adopted = false;
  private size = 0;
  /** The segment looked up last: lookups mostly go entry after entry. */
  private lastSegment = 0;

  public get length(): number {
    return this.size;
  }

  /** Appends an entry and returns its index. */
  public push(owner: AnalyzedObject, path: string, message: string, container: string | undefined, built: Finding | undefined): number {
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: a new table for every push indexes the same entries; only memory differs
    if (this.adopted || this.tables.length === 0) this.open(new EntryTable());
    // Stryker disable next-line BooleanLiteral: as above
    this.adopted = false;
    this.tables[this.tables.length - 1].push(owner, path, message, container, built);
    return this.size++;
  }

  /** Takes `table` over as the next entries (it must not change afterwards). */
  public adopt(table: EntryTable): void {
    // Stryker disable next-line ConditionalExpression: an empty segment holds no index, so lookups never land in it
    if (!table.length) return;
    this.open(table);
    this.adopted = true;
    this.size += table.length;
  }

  public owner(index: number): AnalyzedObject | undefined {
    return this.read(index, (table, local) => table.owner(local));
  }

  public path(index: number): string | undefined {
    return this.read(index, (table, local) => table.path(local));
  }

  public message(index: number): string | undefined {
    return this.read(index, (table, local) => table.message(local));
  }

  public container(index: number): string | undefined {
    return this.read(index, (table, local) => table.container(local));
  }

  public built(index: number): Finding | undefined {
    return this.read(index, (table, local) => table.built(local));
  }

  /** Records the finding built for entry `index`, which must exist. */
  public setBuilt(index: number, finding: Finding): void {
    const s = this.segmentOf(index);
    if (s < 0) throw new RangeError(`entry ${index} is outside the table (length ${this.size})`);
    this.tables[s].setBuilt(index - this.starts[s], finding);
  }

  /** Reads entry `index` from its segment's table (undefined outside). */
  private read<T>(index: number, field: (table: EntryTable, local: number) => T | undefined): T | undefined {
    const s = this.segmentOf(index);
    return s < 0 ? undefined : field(this.tables[s], index - this.starts[s]);
  }

  private open(table: EntryTable): void {
    this.tables.push(table);
    this.starts.push(this.size);
  }

  /** The segment holding entry `index`, or -1 outside. */
  private segmentOf(index: number): number {
    if (!(index >= 0 && index < this.size)) return -1;
    const starts = this.starts;
    let s = this.lastSegment;
    // Stryker disable next-line all: when this shortcut misses, the search below finds the same segment; only speed differs
    if (starts[s] <= index && (s + 1 === starts.length || index < starts[s + 1])) return s;
    const found = lastStartAtOrBefore(starts, index);
    this.lastSegment = found;
    return found;
  }
}

/**
 * The position of the last of ascending `starts` that is at most `index` (0 when none is): the run
 * or segment an entry index falls in.
 */
export function lastStartAtOrBefore(starts: readonly number[], index: number): number {
  let low = 0;
  // Stryker disable next-line ArithmeticOperator: starts past the end are undefined, never <= index, so the search narrows to the same position
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}
