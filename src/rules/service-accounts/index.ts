import { Rule } from '../../engine/rule';
import { automountServiceAccountToken } from './automount-service-account-token';
import { defaultServiceAccount } from './default-service-account';
import { deprecatedServiceAccountField } from './deprecated-service-account-field';
import { serviceAccountAutomount } from './service-account-automount';
import { serviceAccountTokenSecret } from './service-account-token-secret';

/** Rules of the service-accounts category. */
export const SERVICE_ACCOUNTS_RULES: readonly Rule[] = [
  automountServiceAccountToken,
  serviceAccountAutomount,
  defaultServiceAccount,
  deprecatedServiceAccountField,
  serviceAccountTokenSecret,
];
