import { AVAILABILITY_RULES } from '../../../src/rules/availability';
import { checkCategory } from '../host-isolation/catalog-checks';

describe('AVAILABILITY_RULES', () => {
  checkCategory(AVAILABILITY_RULES, ['availability']);
});
