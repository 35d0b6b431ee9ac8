import { Rule } from '../../engine/rule';

/** Rules of the metadata category. */
export const METADATA_RULES: readonly Rule[] = [];
