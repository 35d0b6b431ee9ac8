import { IDENTITY_RULES } from '../../../src/rules/identity';
import { checkCategory } from '../host-isolation/catalog-checks';

describe('IDENTITY_RULES', () => {
  checkCategory(IDENTITY_RULES, ['identity']);
});
