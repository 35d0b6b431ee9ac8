import { Rule } from '../../engine/rule';

/** Rules of the service-accounts category. */
export const SERVICE_ACCOUNTS_RULES: readonly Rule[] = [];
