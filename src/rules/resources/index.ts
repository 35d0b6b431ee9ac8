import { Rule } from '../../engine/rule';

/** Rules of the resources category. */
export const RESOURCES_RULES: readonly Rule[] = [];
