import { RuleMetadata } from './rule';

/**
 * Findings about suppressions themselves. They come from the engine, not from a profile's
 * rules, and cannot be suppressed: an exception must never hide a problem with exceptions.
 */
export const SUPPRESSION_INVALID: RuleMetadata = {
  id: 'suppression-invalid',
  title: 'Invalid suppression',
  severity: 'error',
  category: 'metadata',
  description: 'A suppression lacks a real reason, uses a wildcard rule id, has a malformed expiry date or cannot be parsed. It is ignored, so the findings it meant to cover are reported.',
  remediation: 'Give each suppression explicit rule ids, a reason of at least 10 letters and, optionally, `until: YYYY-MM-DD`.',
};

export const SUPPRESSION_NOT_ALLOWED: RuleMetadata = {
  id: 'suppression-not-allowed',
  title: 'Suppression of an unsuppressible rule',
  severity: 'error',
  category: 'metadata',
  description: 'The profile marks this rule as unsuppressible: its findings always count, whatever the exception says.',
  remediation: 'Remove the suppression and fix the finding, or ask the owners of the profile to change it.',
};

export const SUPPRESSION_UNUSED: RuleMetadata = {
  id: 'suppression-unused',
  title: 'Suppression that matched nothing',
  severity: 'warning',
  category: 'metadata',
  description: 'A suppression that no longer matches any finding is dead weight and would silently hide the problem if it came back.',
  remediation: 'Delete the suppression (or the rule id from it).',
};

/** Metadata of every engine-generated finding type. */
export const GOVERNANCE_RULES: readonly RuleMetadata[] = [SUPPRESSION_INVALID, SUPPRESSION_NOT_ALLOWED, SUPPRESSION_UNUSED];
