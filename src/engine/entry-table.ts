import { AnalyzedObject } from './analyze';
import { Finding } from './types';

/** Entries per chunk: a chunk's columns stay below V8's large-object size (128 KB) even at 8 bytes per entry. */
export const CHUNK_SIZE = 8192;

/** Entries [k·CHUNK_SIZE, (k+1)·CHUNK_SIZE), one array per field. */
class Chunk {
  public readonly owners: AnalyzedObject[] = [];
  public readonly paths: string[] = [];
  public readonly messages: string[] = [];
  public readonly containers: Array<string | undefined> = [];
  /** The finding of each entry once built (undefined until then). */
  public readonly built: Array<Finding | undefined> = [];
}

/**
 * The violations of an evaluation, one entry each, stored as columns in fixed-size chunks.
 *
 * Columns, not an object per entry: a large app has 100k+ entries, and their fields are mostly
 * shared texts. Chunks, not one array per column: an array of 100k+ entries lives in V8's
 * large-object space and is copied to a larger one as it grows, and every outgrown copy stays
 * there as garbage until the next full collection (~15 MB more peak memory on a large cdk8s app).
 * One `push` per entry for all columns: it runs for every violation, mostly in V8's baseline tier,
 * where a call per column was a measurable share of the evaluation.
 */
export class EntryTable {
  private readonly chunks: Chunk[] = [];
  private current?: Chunk;
  private size = 0;

  public get length(): number {
    return this.size;
  }

  /** Appends an entry and returns its index. */
  public push(owner: AnalyzedObject, path: string, message: string, container: string | undefined, built: Finding | undefined): number {
    if (this.size % CHUNK_SIZE === 0) {
      this.current = new Chunk();
      this.chunks.push(this.current);
    }
    const chunk = this.current!;
    chunk.owners.push(owner);
    chunk.paths.push(path);
    chunk.messages.push(message);
    chunk.containers.push(container);
    chunk.built.push(built);
    return this.size++;
  }

  /** The object entry `index` is about (undefined outside the table). */
  public owner(index: number): AnalyzedObject | undefined {
    return this.chunkOf(index)?.owners[index % CHUNK_SIZE];
  }

  public path(index: number): string | undefined {
    return this.chunkOf(index)?.paths[index % CHUNK_SIZE];
  }

  public message(index: number): string | undefined {
    return this.chunkOf(index)?.messages[index % CHUNK_SIZE];
  }

  public container(index: number): string | undefined {
    return this.chunkOf(index)?.containers[index % CHUNK_SIZE];
  }

  /** The finding built for entry `index`, if any. */
  public built(index: number): Finding | undefined {
    return this.chunkOf(index)?.built[index % CHUNK_SIZE];
  }

  /** Records the finding built for entry `index`, which must exist. */
  public setBuilt(index: number, finding: Finding): void {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`entry ${index} is outside the table (length ${this.size})`);
    this.chunks[Math.floor(index / CHUNK_SIZE)].built[index % CHUNK_SIZE] = finding;
  }

  private chunkOf(index: number): Chunk | undefined {
    return this.chunks[Math.floor(index / CHUNK_SIZE)];
  }
}
