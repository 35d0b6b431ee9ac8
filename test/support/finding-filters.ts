import { FindingFilter } from '../../src/engine/evaluate';
import { Finding, meetsThreshold } from '../../src/engine/types';

/** Filters that tell apart every severity threshold, both directions, `never`, and suppression. */
export const FINDING_FILTERS: FindingFilter[] = [
  {},
  { atOrAbove: 'error' },
  { atOrAbove: 'warning', suppressed: false },
  { below: 'error' },
  { below: 'warning', suppressed: false },
  { below: 'never' },
  { atOrAbove: 'never' },
  { suppressed: true },
  { suppressed: false, atOrAbove: 'info' },
];

/** The findings a filter selects, written out from its documented meaning (the reference for the engine's own filtering). */
export function selectedBy(filter: FindingFilter, findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      (filter.suppressed === undefined || filter.suppressed === (f.suppressed !== undefined)) &&
      (filter.atOrAbove === undefined || meetsThreshold(f.severity, filter.atOrAbove)) &&
      (filter.below === undefined || filter.below === 'never' || !meetsThreshold(f.severity, filter.below)),
  );
}
