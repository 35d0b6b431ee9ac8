import { Rule } from '../../engine/rule';
import { plaintextSecret } from './plaintext-secret';
import { secretInAnnotation } from './secret-annotations';
import { secretEnvVar } from './secret-env-var';
import { secretLiteralEnv } from './secret-literal-env';
import { sensitiveConfigMap } from './sensitive-configmap';

/** Rules of the secrets category. */
export const SECRETS_RULES: readonly Rule[] = [plaintextSecret, sensitiveConfigMap, secretEnvVar, secretLiteralEnv, secretInAnnotation];
