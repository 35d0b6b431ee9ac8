import { Report } from '../engine/types';

/** Thrown by synthesis when guardrails find unsuppressed findings at or above `failOn`. */
export class GuardrailsError extends Error {
  constructor(
    message: string,
    /** The full report of the failed synthesis. */
    public readonly report: Report,
  ) {
    super(message);
    this.name = 'GuardrailsError';
  }
}
