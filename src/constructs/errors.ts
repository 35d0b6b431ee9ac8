/**
 * Thrown at construction time when a secure construct is given a setting that would weaken it.
 * The message names the construct path, the prop and the safe alternative; it never echoes
 * secret material.
 */
export class InsecurePropError extends Error {
  constructor(
    /** Construct path of the construct that refused the prop. */
    public readonly constructPath: string,
    /** The prop, as written by the user (e.g. `containers[0].securityContext.privileged`). */
    public readonly prop: string,
    problem: string,
    /** What to do instead. */
    public readonly fix: string,
  ) {
    super(`${constructPath}: \`${prop}\` ${problem}. Fix: ${fix}`);
    this.name = 'InsecurePropError';
  }
}
