import { Rule } from '../engine/rule';
import { IMAGE_RULES } from './images';
import { PSS_RULES } from './pss';

export { PSS_RULES } from './pss';

/** Rules beyond the Pod Security Standards, by category. */
export const CATALOG_RULES: readonly Rule[] = [...IMAGE_RULES];

/** Every built-in rule. */
export const ALL_RULES: readonly Rule[] = [...PSS_RULES, ...CATALOG_RULES];

/** Looks up a built-in rule by id. */
export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}
