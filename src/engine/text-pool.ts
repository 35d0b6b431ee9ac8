/**
 * One copy of each text. Rules build paths and messages by concatenation, which V8 keeps as a tree
 * of string pieces (~40 bytes each); a large app repeats the same texts thousands of times, and kept
 * as trees they were most of the memory the check added to synthesis.
 *
 * The two texts returned last are compared before the map is asked: a rule reports the same path
 * and message on object after object, or alternates two (a request and a limit, a Deployment and
 * its Service), and comparing is cheaper than hashing a new text for the lookup. Rules that run
 * side by side each intern through their own `front()`, so each keeps its own last two texts.
 */
export class TextPool {
  // Stryker disable next-line StringLiteral: the start values only decide whether the first texts are looked up; equal texts either way
  private last = '';
  // Stryker disable next-line StringLiteral: as above
  private previous = '';

  /** @param texts the copies, shared with the pool this one is a front of */
  constructor(private readonly texts = new Map<string, string>()) {}

  /** A pool with its own last two texts over the same copies. */
  public front(): TextPool {
    return new TextPool(this.texts);
  }

  /** The pool's copy of `value` (equal to it). */
  public intern(value: string): string {
    // Stryker disable next-line ConditionalExpression: without this shortcut the next one or the map gives the same text
    if (value === this.last) return this.last;
    const previous = this.previous;
    this.previous = this.last;
    // Stryker disable next-line ConditionalExpression: the map holds the same text; only speed differs
    if (value === previous) return (this.last = previous);
    let known = this.texts.get(value);
    // Stryker disable next-line ConditionalExpression: storing a known text again stores the same text
    if (known === undefined) {
      known = value;
      this.texts.set(value, value);
    }
    return (this.last = known);
  }

  /** How many distinct texts the pool holds. */
  public get size(): number {
    return this.texts.size;
  }
}
