import { RESOURCES_RULES } from '../../../src/rules/resources';
import { checkCategory } from '../host-isolation/catalog-checks';

describe('RESOURCES_RULES', () => {
  checkCategory(RESOURCES_RULES, ['resources']);
});
