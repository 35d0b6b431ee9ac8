import { Rule } from '../../engine/rule';

/** Rules of the rbac category. */
export const RBAC_RULES: readonly Rule[] = [];
