import { HOST_ISOLATION_RULES } from '../../../src/rules/host-isolation';
import { checkCategory } from './catalog-checks';

describe('HOST_ISOLATION_RULES', () => {
  checkCategory(HOST_ISOLATION_RULES, ['host-isolation']);
});
