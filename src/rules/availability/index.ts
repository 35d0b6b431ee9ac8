import { Rule } from '../../engine/rule';

/** Rules of the availability category. */
export const AVAILABILITY_RULES: readonly Rule[] = [];
