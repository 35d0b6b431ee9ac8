import { Rule } from '../../engine/rule';

/** Rules of the host-isolation category. */
export const HOST_ISOLATION_RULES: readonly Rule[] = [];
