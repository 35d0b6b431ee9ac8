/*
 * Per-object code in rules loops over arrays with an index rather than for…of: a synthesis runs
 * most rules in V8's baseline tier, where for…of creates an iterator and a result object per
 * element (about a tenth of the evaluation of a 10,000-object app).
 */
import { Rule } from '../engine/rule';
import { HOST_ISOLATION_RULES } from './host-isolation';
import { CAPABILITIES_RULES } from './capabilities';
import { IDENTITY_RULES } from './identity';
import { IMAGES_RULES } from './images';
import { RESOURCES_RULES } from './resources';
import { AVAILABILITY_RULES } from './availability';
import { SERVICE_ACCOUNTS_RULES } from './service-accounts';
import { RBAC_RULES } from './rbac';
import { NETWORK_RULES } from './network';
import { SECRETS_RULES } from './secrets';
import { METADATA_RULES } from './metadata';
import { CROSS_OBJECT_RULES } from './cross-object';
import { PSS_RULES } from './pss';

export { PSS_RULES } from './pss';

/** Rules beyond the Pod Security Standards, by category. */
export const CATALOG_RULES: readonly Rule[] = [
  ...HOST_ISOLATION_RULES,
  ...CAPABILITIES_RULES,
  ...IDENTITY_RULES,
  ...IMAGES_RULES,
  ...RESOURCES_RULES,
  ...AVAILABILITY_RULES,
  ...SERVICE_ACCOUNTS_RULES,
  ...RBAC_RULES,
  ...NETWORK_RULES,
  ...SECRETS_RULES,
  ...METADATA_RULES,
  ...CROSS_OBJECT_RULES,
];

/** Every built-in rule. */
export const ALL_RULES: readonly Rule[] = [...PSS_RULES, ...CATALOG_RULES];

/** Looks up a built-in rule by id. */
export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}
