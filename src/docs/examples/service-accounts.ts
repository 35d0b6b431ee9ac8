import { deploymentWith, object, podWith } from './build';
import { RuleExamples } from './types';

const account = (fields: Record<string, unknown> = {}) => object('v1', 'ServiceAccount', 'web', fields);

export const SERVICE_ACCOUNTS_EXAMPLES: RuleExamples = {
  'automount-service-account-token': {
    fail: [podWith({}, { serviceAccountName: 'web' }), account()],
    pass: [podWith({}, { serviceAccountName: 'web', automountServiceAccountToken: false }), account()],
  },
  'service-account-automount': {
    fail: [account()],
    pass: [account({ automountServiceAccountToken: false })],
  },
  'default-service-account': {
    fail: [podWith({})],
    pass: [podWith({}, { serviceAccountName: 'web' }), account({ automountServiceAccountToken: false })],
  },
  'deprecated-service-account-field': {
    fail: [podWith({}, { serviceAccount: 'web' })],
    pass: [podWith({}, { serviceAccountName: 'web' })],
  },
  'service-account-token-secret': {
    fail: [
      object('v1', 'ServiceAccount', 'ci-deployer', { automountServiceAccountToken: false, secrets: [{ name: 'ci-deployer-token' }] }),
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'ci-deployer-token', namespace: 'shop', annotations: { 'kubernetes.io/service-account.name': 'ci-deployer' } },
        type: 'kubernetes.io/service-account-token',
      },
    ],
    pass: [object('v1', 'ServiceAccount', 'ci-deployer', { automountServiceAccountToken: false })],
  },
  'serviceaccount-missing': {
    fail: [deploymentWith({}, { serviceAccountName: 'web' })],
    pass: [deploymentWith({}, { serviceAccountName: 'web' }), account({ automountServiceAccountToken: false })],
  },
};
