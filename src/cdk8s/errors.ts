import { Report } from '../engine/types';

/** Thrown by synthesis when guardrails find unsuppressed findings at or above `failOn`. */
export class GuardrailsError extends Error {
  private fullReport?: Report;

  /** @param report the full report, or how to build it when first asked for (a large app's report is big). */
  constructor(message: string, private readonly reportSource: Report | (() => Report)) {
    super(message);
    this.name = 'GuardrailsError';
  }

  /** The full report of the failed synthesis. */
  public get report(): Report {
    this.fullReport ??= typeof this.reportSource === 'function' ? this.reportSource() : this.reportSource;
    return this.fullReport;
  }
}
