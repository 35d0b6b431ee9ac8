import { Rule } from '../../engine/rule';
import { privileged } from './privileged';

/** Pod Security Standards rules, one per check of the reference implementation. */
export const PSS_RULES: readonly Rule[] = [privileged];
