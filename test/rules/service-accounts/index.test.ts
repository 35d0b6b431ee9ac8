import { SERVICE_ACCOUNTS_RULES } from '../../../src/rules/service-accounts';
import { checkCategory } from '../host-isolation/catalog-checks';

describe('SERVICE_ACCOUNTS_RULES', () => {
  checkCategory(SERVICE_ACCOUNTS_RULES, ['service-accounts']);
});
