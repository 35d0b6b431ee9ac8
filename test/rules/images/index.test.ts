import { IMAGES_RULES } from '../../../src/rules/images';
import { checkCategory } from '../host-isolation/catalog-checks';

describe('IMAGES_RULES', () => {
  checkCategory(IMAGES_RULES, ['images']);
});
