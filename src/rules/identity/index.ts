import { Rule } from '../../engine/rule';

/** Rules of the identity category. */
export const IDENTITY_RULES: readonly Rule[] = [];
