import { configReferenceMissing } from '../../../src/rules/cross-object/config-reference-missing';
import { deployment, runRule, safeContainer } from '../../support/manifests';
import { app, object } from './fixtures';

const CONTAINER = safeContainer('app', {
  env: [
    { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
    { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } },
    { name: 'OPT', valueFrom: { secretKeyRef: { name: 'maybe', key: 'x', optional: true } } },
  ],
  envFrom: [{ configMapRef: { name: 'common' } }],
});
const SPEC = {
  containers: [CONTAINER],
  volumes: [
    { name: 'tls', secret: { secretName: 'tls' } },
    { name: 'all', projected: { sources: [{ configMap: { name: 'extra', items: [{ key: 'a.conf', path: 'a.conf' }] } }, { serviceAccountToken: { path: 't' } }] } },
    { name: 'root-ca', configMap: { name: 'kube-root-ca.crt' } },
  ],
};

describe('config-reference-missing', () => {
  test('reports every missing Secret and ConfigMap once per workload, with the field path', () => {
    const findings = runRule(configReferenceMissing, [app('web', { app: 'web' }, 'team', SPEC)]);
    expect(findings.map((f) => f.path)).toEqual([
      '/spec/template/spec/containers/0/env/0/valueFrom/secretKeyRef/name',
      '/spec/template/spec/containers/0/env/1/valueFrom/configMapKeyRef/name',
      '/spec/template/spec/containers/0/envFrom/0/configMapRef/name',
      '/spec/template/spec/volumes/0/secret/secretName',
      '/spec/template/spec/volumes/1/projected/sources/0/configMap/name',
    ]);
    expect(findings[0].message).toBe('Deployment "web" container "app" env DB_PASSWORD uses Secret "db", which is not defined in namespace "team"');
  });

  test('reports missing keys of defined objects; objects without data (filled at run time) are trusted', () => {
    const objects = [
      app('web', { app: 'web' }, 'team', SPEC),
      object('Secret', 'db', 'team', { stringData: { user: 'u' } }),
      object('ConfigMap', 'settings', 'team', { data: { mode: 'fast' } }),
      object('ConfigMap', 'common', 'team', { data: {} }),
      object('Secret', 'tls', 'team', { type: 'kubernetes.io/tls' }),
      object('ConfigMap', 'extra', 'team', { binaryData: { 'a.conf': 'eA==' } }),
    ];
    const findings = runRule(configReferenceMissing, objects);
    expect(findings.map((f) => f.message)).toEqual(['Deployment "web" container "app" env DB_PASSWORD uses key "password" of Secret "db", which has no such key']);
  });

  test('externalNames with a wildcard covers Secrets made by an operator', () => {
    const findings = runRule(configReferenceMissing, [app('web', { app: 'web' }, 'team', SPEC)], { ruleOptions: { externalNames: ['Secret/*', 'ConfigMap/settings', 'team/ConfigMap/common', 'extra'] } });
    expect(findings).toEqual([]);
  });
});

describe('config-reference-missing and Secrets produced by controllers', () => {
  const consumer = deployment({
    containers: [
      {
        name: 'app',
        image: 'registry.example.com/app:1.0.0',
        env: [{ name: 'PW', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }],
      },
    ],
  });
  const producers: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    [
      'SealedSecret (template name)',
      { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: { name: 'sealed', namespace: 'team' }, spec: { template: { metadata: { name: 'db' } }, encryptedData: { password: 'AgB' } } },
      { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: { name: 'db', namespace: 'team' }, spec: { encryptedData: { username: 'AgB' } } },
    ],
    [
      'ExternalSecret (target name)',
      { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'es', namespace: 'team' }, spec: { target: { name: 'db' }, data: [{ secretKey: 'password', remoteRef: { key: 'k' } }] } },
      { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'db', namespace: 'team' }, spec: { data: [{ secretKey: 'username', remoteRef: { key: 'k' } }] } },
    ],
    [
      'SecretProviderClass (secretObjects)',
      { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: { name: 'spc', namespace: 'team' }, spec: { provider: 'aws', secretObjects: [{ secretName: 'db', type: 'Opaque', data: [{ objectName: 'o', key: 'password' }] }] } },
      { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: { name: 'spc', namespace: 'team' }, spec: { provider: 'aws', secretObjects: [{ secretName: 'db', type: 'Opaque', data: [{ objectName: 'o', key: 'username' }] }] } },
    ],
  ];

  test.each(producers)('%s counts as defining the Secret and its keys', (_name, producer, wrongKey) => {
    expect(runRule(configReferenceMissing, [consumer, producer])).toEqual([]);
    const missingKey = runRule(configReferenceMissing, [consumer, wrongKey]);
    expect(missingKey).toHaveLength(1);
    expect(missingKey[0].message).toContain('password');
  });

  test('an ExternalSecret with dataFrom has keys known only at run time', () => {
    const dataFrom = { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'db', namespace: 'team' }, spec: { dataFrom: [{ extract: { key: 'k' } }] } };
    expect(runRule(configReferenceMissing, [consumer, dataFrom])).toEqual([]);
  });
});
