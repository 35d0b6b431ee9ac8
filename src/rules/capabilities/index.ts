import { Rule } from '../../engine/rule';
import { dangerousCapabilities } from './dangerous-capabilities';
import { dropNetRaw } from './drop-net-raw';

/** Rules of the capabilities category. */
export const CAPABILITIES_RULES: readonly Rule[] = [dangerousCapabilities, dropNetRaw];
