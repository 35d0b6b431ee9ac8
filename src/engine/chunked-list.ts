/** Entries per chunk: a chunk stays below V8's large-object size (128 KB) even at 8 bytes per entry. */
const CHUNK_SIZE = 8192;

/**
 * An append-only list stored in fixed-size chunks. A plain array of 100k+ entries lives in V8's
 * large-object space and is copied to a larger one as it grows; every outgrown copy stays there as
 * garbage until the next full collection, which on a large cdk8s app added ~15 MB to peak memory.
 */
export class ChunkedList<T> {
  private readonly chunks: T[][] = [];
  private size = 0;

  public get length(): number {
    return this.size;
  }

  public push(value: T): void {
    const offset = this.size % CHUNK_SIZE;
    if (offset === 0) this.chunks.push([]);
    this.chunks[this.chunks.length - 1].push(value);
    this.size++;
  }

  /** The entry at `index` (`undefined` outside the list). */
  public get(index: number): T | undefined {
    return this.chunks[Math.floor(index / CHUNK_SIZE)]?.[index % CHUNK_SIZE];
  }

  /** Replaces the entry at `index`, which must exist. */
  public set(index: number, value: T): void {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`index ${index} is outside the list (length ${this.size})`);
    this.chunks[Math.floor(index / CHUNK_SIZE)][index % CHUNK_SIZE] = value;
  }
}
