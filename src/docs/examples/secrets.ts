import { container, deployment, object, podWith } from './build';
import { Manifest } from '../../engine/types';
import { RuleExamples } from './types';

// Only documentation values (AWS's published example key), so the docs never carry a real-looking secret.
const EXAMPLE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const secretVolume = {
  volumes: [{ name: 'db', secret: { secretName: 'web-db' } }],
};
const mountDb = { volumeMounts: [{ name: 'db', mountPath: '/var/run/secrets/db', readOnly: true }] };

/** The `web` Deployment with annotations on its pod template. */
function webWithPodAnnotations(annotations: Record<string, string>): Manifest {
  const base = deployment({ containers: [container()] });
  const spec = base.spec as { template: { metadata: Record<string, unknown> } };
  return { ...base, spec: { ...spec, template: { ...spec.template, metadata: { ...spec.template.metadata, annotations } } } };
}

export const SECRETS_EXAMPLES: RuleExamples = {
  'plaintext-secret': {
    fail: [object('v1', 'Secret', 'web-db', { type: 'Opaque', stringData: { AWS_ACCESS_KEY_ID: EXAMPLE_ACCESS_KEY } })],
    pass: [
      object('external-secrets.io/v1', 'ExternalSecret', 'web-db', {
        spec: { secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault' }, target: { name: 'web-db' }, dataFrom: [{ extract: { key: 'shop/web-db' } }] },
      }),
    ],
    note: 'In the passing example External Secrets Operator creates the Secret from a secret store; the value never enters the manifests.',
  },
  'sensitive-configmap': {
    fail: [object('v1', 'ConfigMap', 'web', { data: { LOG_LEVEL: 'info', AWS_ACCESS_KEY_ID: EXAMPLE_ACCESS_KEY } })],
    pass: [object('v1', 'ConfigMap', 'web', { data: { LOG_LEVEL: 'info', AWS_REGION: 'eu-west-1' } })],
  },
  'secret-env-var': {
    fail: [podWith({ env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'web-db', key: 'password' } } }] })],
    pass: [podWith({ ...mountDb, env: [{ name: 'DB_PASSWORD_FILE', value: '/var/run/secrets/db/password' }] }, secretVolume)],
  },
  'secret-literal-env': {
    fail: [podWith({ env: [{ name: 'AWS_ACCESS_KEY_ID', value: EXAMPLE_ACCESS_KEY }] })],
    pass: [podWith({ ...mountDb, env: [{ name: 'AWS_SHARED_CREDENTIALS_FILE', value: '/var/run/secrets/db/credentials' }] }, secretVolume)],
  },
  'secret-in-annotation': {
    fail: [webWithPodAnnotations({ 'backup.example.com/aws-access-key-id': EXAMPLE_ACCESS_KEY })],
    pass: [webWithPodAnnotations({ 'backup.example.com/credentials-secret-name': 'web-backup' })],
    note: 'In the passing example the annotation only names the Secret `web-backup`, created from a secret store, that holds the key.',
  },
  'config-reference-missing': {
    fail: [deployment({ containers: [container({ envFrom: [{ configMapRef: { name: 'web-config' } }] })] })],
    pass: [deployment({ containers: [container({ envFrom: [{ configMapRef: { name: 'web-config' } }] })] }), object('v1', 'ConfigMap', 'web-config', { data: { LOG_LEVEL: 'info' } })],
  },
};
