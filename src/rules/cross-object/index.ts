import { Rule } from '../../engine/rule';

/** Rules of the cross-object category. */
export const CROSS_OBJECT_RULES: readonly Rule[] = [];
