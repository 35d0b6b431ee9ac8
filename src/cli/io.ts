import { StdinReader } from './inputs';

/** What the CLI talks to; main.ts wires the process, tests and embedders can pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: StdinReader;
  /** Whether stdout is a terminal that wants colour (TTY and NO_COLOR unset or empty). */
  readonly color: boolean;
}

/** Exit codes of the CLI. */
export const EXIT = {
  /** No unsuppressed finding at or above --fail-on. */
  ok: 0,
  /** At least one unsuppressed finding at or above --fail-on. */
  findings: 1,
  /** Usage error, or input that could not be read or parsed. */
  error: 2,
} as const;

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}
