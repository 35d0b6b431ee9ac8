import type { CheckOutcome, Violation } from './rule';

/** What a check that found nothing returns: shared and frozen, so a silent call allocates nothing. */
export const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

/**
 * Adds what one check reported (nothing, a violation or a list) to `out`, which is made on the first
 * violation: returns the list, or undefined while there is none.
 */
export function addOutcome(out: Violation[] | undefined, found: CheckOutcome): Violation[] | undefined {
  if (found === undefined) return out;
  const list = out ?? [];
  if (isViolationList(found)) for (let k = 0; k < found.length; k++) list.push(found[k]);
  else list.push(found);
  return list;
}

function isViolationList(outcome: Violation | readonly Violation[]): outcome is readonly Violation[] {
  return Array.isArray(outcome);
}
