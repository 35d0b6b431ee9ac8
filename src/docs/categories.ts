import { RuleCategory } from '../engine/rule';

/** Categories in documentation order, with their headings. */
export const CATEGORY_TITLES: Readonly<Record<RuleCategory, string>> = {
  'pod-security': 'Pod Security Standards',
  'host-isolation': 'Host isolation',
  'capabilities': 'Capabilities',
  'identity': 'Identity (users and groups)',
  'images': 'Images',
  'resources': 'Resources',
  'availability': 'Availability',
  'service-accounts': 'Service accounts',
  'rbac': 'RBAC',
  'network': 'Network',
  'secrets': 'Secrets',
  'metadata': 'Metadata',
  'custom': 'Custom rules',
};

/** Position of a category in documentation order (unknown categories last). */
export function categoryRank(category: string): number {
  const index = Object.keys(CATEGORY_TITLES).indexOf(category);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
