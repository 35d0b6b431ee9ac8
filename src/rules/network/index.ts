import { Rule } from '../../engine/rule';

/** Rules of the network category. */
export const NETWORK_RULES: readonly Rule[] = [];
