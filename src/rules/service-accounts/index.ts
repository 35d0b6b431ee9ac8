import { Rule } from '../../engine/rule';
import { automountServiceAccountToken } from './automount-service-account-token';
import { defaultServiceAccount } from './default-service-account';
import { deprecatedServiceAccountField } from './deprecated-service-account-field';
import { secretEnvVar } from './secret-env-var';
import { secretLiteralEnv } from './secret-literal-env';
import { serviceAccountAutomount } from './service-account-automount';
import { serviceAccountTokenSecret } from './service-account-token-secret';

/**
 * Rules of the service-accounts category, plus the two container-env secret rules (category
 * `secrets`), which sit here because they read the same pod specs.
 */
export const SERVICE_ACCOUNTS_RULES: readonly Rule[] = [
  automountServiceAccountToken,
  serviceAccountAutomount,
  defaultServiceAccount,
  deprecatedServiceAccountField,
  serviceAccountTokenSecret,
  secretEnvVar,
  secretLiteralEnv,
];
