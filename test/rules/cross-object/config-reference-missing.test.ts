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

describe('config-reference-missing: references and messages', () => {
  const web = (spec: Record<string, unknown>) => app('web', { app: 'web' }, 'team', spec);
  const withContainer = (overrides: Record<string, unknown>, volumes: unknown[] = []) => web({ containers: [safeContainer('app', overrides)], volumes });
  const found = (manifests: unknown[]): string[][] => runRule(configReferenceMissing, manifests).map((f) => [f.path, f.message]);
  const C = '/spec/template/spec/containers/0';
  const V = '/spec/template/spec/volumes';

  test('env, envFrom and volume references name their usage and field', () => {
    const workload = withContainer(
      {
        env: [{ valueFrom: { secretKeyRef: { name: 's1', key: 'k' } } }, { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'c1', key: 'k' } } }],
        envFrom: [{ secretRef: { name: 's2' } }, { configMapRef: { name: 'c2' } }],
      },
      [{ name: 'cfg', configMap: { name: 'c3' } }, { projected: { sources: [{ secret: { name: 's3' } }] } }],
    );
    expect(found([workload])).toEqual([
      [`${C}/env/0/valueFrom/secretKeyRef/name`, 'Deployment "web" container "app" env #0 uses Secret "s1", which is not defined in namespace "team"'],
      [`${C}/env/1/valueFrom/configMapKeyRef/name`, 'Deployment "web" container "app" env MODE uses ConfigMap "c1", which is not defined in namespace "team"'],
      [`${C}/envFrom/0/secretRef/name`, 'Deployment "web" container "app" envFrom uses Secret "s2", which is not defined in namespace "team"'],
      [`${C}/envFrom/1/configMapRef/name`, 'Deployment "web" container "app" envFrom uses ConfigMap "c2", which is not defined in namespace "team"'],
      [`${V}/0/configMap/name`, 'Deployment "web" volume "cfg" uses ConfigMap "c3", which is not defined in namespace "team"'],
      [`${V}/1/projected/sources/0/secret/name`, 'Deployment "web" volume "#1" uses Secret "s3", which is not defined in namespace "team"'],
    ]);
  });

  test('references with an empty name are skipped', () => {
    expect(found([withContainer({ env: [{ name: 'X', valueFrom: { secretKeyRef: { name: '', key: 'k' } } }] })])).toEqual([]);
  });

  test('a missing object is reported once per workload, but a Secret and a ConfigMap of the same name are different objects', () => {
    const workload = withContainer({
      env: [
        { name: 'A', valueFrom: { secretKeyRef: { name: 'db', key: 'a' } } },
        { name: 'B', valueFrom: { secretKeyRef: { name: 'db', key: 'b' } } },
        { name: 'C', valueFrom: { configMapKeyRef: { name: 'db', key: 'c' } } },
      ],
    });
    expect(found([workload]).map(([path]) => path)).toEqual([`${C}/env/0/valueFrom/secretKeyRef/name`, `${C}/env/2/valueFrom/configMapKeyRef/name`]);
  });

  test('volume items name keys that must exist', () => {
    const workload = withContainer({}, [{ name: 'cfg', configMap: { name: 'settings', items: [{ key: 'app.yaml', path: 'app.yaml' }] } }]);
    expect(found([workload, object('ConfigMap', 'settings', 'team', { data: { 'other.yaml': 'x' } })])).toEqual([
      [`${V}/0/configMap/name`, 'Deployment "web" volume "cfg" uses key "app.yaml" of ConfigMap "settings", which has no such key'],
    ]);
  });

  describe('keys of defined Secrets and ConfigMaps', () => {
    const keyRef = (kind: 'Secret' | 'ConfigMap', key: string) =>
      withContainer({ env: [{ name: 'X', valueFrom: { [kind === 'Secret' ? 'secretKeyRef' : 'configMapKeyRef']: { name: 'obj', key } } }] });
    const missing = (kind: string, key: string) => [[`${C}/env/0/valueFrom/${kind === 'Secret' ? 'secretKeyRef' : 'configMapKeyRef'}/name`, `Deployment "web" container "app" env X uses key "${key}" of ${kind} "obj", which has no such key`]];

    test('a Secret holds the keys of data and stringData', () => {
      const secret = object('Secret', 'obj', 'team', { data: { user: 'dQ==' }, stringData: { password: 'p' } });
      expect(found([keyRef('Secret', 'user'), secret])).toEqual([]);
      expect(found([keyRef('Secret', 'password'), secret])).toEqual([]);
      expect(found([keyRef('Secret', 'token'), secret])).toEqual(missing('Secret', 'token'));
      expect(found([keyRef('Secret', 'token'), object('Secret', 'obj', 'team', { data: { user: 'dQ==' } })])).toEqual(missing('Secret', 'token'));
    });

    test('a ConfigMap holds the keys of data and binaryData', () => {
      const cm = object('ConfigMap', 'obj', 'team', { data: { mode: 'fast' }, binaryData: { blob: 'eA==' } });
      expect(found([keyRef('ConfigMap', 'blob'), cm])).toEqual([]);
      expect(found([keyRef('ConfigMap', 'mode'), cm])).toEqual([]);
      expect(found([keyRef('ConfigMap', 'level'), cm])).toEqual(missing('ConfigMap', 'level'));
      expect(found([keyRef('ConfigMap', 'level'), object('ConfigMap', 'obj', 'team', { data: { mode: 'fast' } })])).toEqual(missing('ConfigMap', 'level'));
    });

    test('a Secret without any data is filled at run time, so any key is trusted', () => {
      expect(found([keyRef('Secret', 'password'), object('Secret', 'obj', 'team', { type: 'Opaque' })])).toEqual([]);
    });

    test('one of several objects providing the name having the key is enough', () => {
      const secret = object('Secret', 'obj', 'team', { data: { user: 'dQ==' } });
      const sealed = { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: { name: 'obj', namespace: 'team' }, spec: { encryptedData: { password: 'AgB' } } };
      expect(found([keyRef('Secret', 'password'), secret, sealed])).toEqual([]);
    });

    test('a SecretProviderClass needs the key in the secretObject of that name only', () => {
      const spc = (objects: unknown[]) => ({ apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: { name: 'spc', namespace: 'team' }, spec: { provider: 'aws', secretObjects: objects } });
      const obj = { secretName: 'obj', type: 'Opaque', data: [{ objectName: 'o', key: 'password' }] };
      const other = { secretName: 'other', type: 'Opaque', data: [{ objectName: 'o', key: 'user' }] };
      expect(found([keyRef('Secret', 'password'), spc([obj, other])])).toEqual([]);
      const unnamed = { type: 'Opaque', data: [{ objectName: 'o', key: 'token' }] };
      expect(found([keyRef('Secret', 'token'), spc([unnamed, obj])])).toEqual(missing('Secret', 'token'));
    });
  });

  test('objects that produce no Secret define none, not even one named "undefined"', () => {
    const nameless = { namespace: 'team' };
    const producers = [
      object('ConfigMap', 'c', 'team', { data: { k: 'v' } }),
      { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: nameless, spec: { encryptedData: { k: 'AgB' } } },
      { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: nameless, spec: { data: [{ secretKey: 'k', remoteRef: { key: 'k' } }] } },
    ];
    expect(found([withContainer({ envFrom: [{ secretRef: { name: 'undefined' } }] }), ...producers])).toEqual([
      [`${C}/envFrom/0/secretRef/name`, 'Deployment "web" container "app" envFrom uses Secret "undefined", which is not defined in namespace "team"'],
    ]);
  });
});
