import { Rule } from '../../engine/rule';

/** Rules of the secrets category. */
export const SECRETS_RULES: readonly Rule[] = [];
