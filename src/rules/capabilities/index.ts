import { Rule } from '../../engine/rule';

/** Rules of the capabilities category. */
export const CAPABILITIES_RULES: readonly Rule[] = [];
