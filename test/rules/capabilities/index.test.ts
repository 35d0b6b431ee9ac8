import { CAPABILITIES_RULES } from '../../../src/rules/capabilities';
import { checkCategory } from '../host-isolation/catalog-checks';

describe('CAPABILITIES_RULES', () => {
  checkCategory(CAPABILITIES_RULES, ['capabilities']);
});
