import type { Violation } from './rule';

/** What a check that found nothing returns: shared and frozen, so a silent call allocates nothing. */
export const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

/**
 * Adds what one check reported (a violation or a list) to `out`, which is made on the first
 * violation. Callers test for `undefined` (nothing found, the usual outcome) themselves, so that
 * finding nothing costs no call.
 */
export function addOutcome(out: Violation[] | undefined, found: Violation | readonly Violation[]): Violation[] {
  const list = out ?? [];
  if (isViolationList(found)) for (let k = 0; k < found.length; k++) list.push(found[k]);
  else list.push(found);
  return list;
}

function isViolationList(outcome: Violation | readonly Violation[]): outcome is readonly Violation[] {
  return Array.isArray(outcome);
}
