import { Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { EncryptedSecret, InsecurePropError, IsolatedNamespace, LeastPrivilegeServiceAccount, looksLikeKubesealCiphertext, SecureDeployment } from '../../src/constructs';
import { appAndChart, errorOf, fakeKubesealCiphertext, IMAGE, objectOf, synthApp, unacceptedFindings } from './support';

const SEALED = { username: fakeKubesealCiphertext(1), password: fakeKubesealCiphertext(2) };

describe('kubeseal ciphertext check', () => {
  test('accepts the kubeseal layout for 2048- and 4096-bit keys', () => {
    expect(looksLikeKubesealCiphertext(fakeKubesealCiphertext(1, 512))).toBe(true);
    expect(looksLikeKubesealCiphertext(fakeKubesealCiphertext(1, 256))).toBe(true);
  });

  test('refuses plaintext, base64 of plaintext and truncated blobs', () => {
    expect(looksLikeKubesealCiphertext('s3cr3t-p4ssw0rd')).toBe(false);
    expect(looksLikeKubesealCiphertext(Buffer.from('a fairly long plaintext password that someone base64-encoded by hand').toString('base64'))).toBe(false);
    expect(looksLikeKubesealCiphertext(fakeKubesealCiphertext(1, 512).slice(0, 400))).toBe(false);
    expect(looksLikeKubesealCiphertext(fakeKubesealCiphertext(1, 300))).toBe(false);
    expect(looksLikeKubesealCiphertext(42)).toBe(false);
  });
});

describe('plaintext never passes and is never echoed (property)', () => {
  test('any text up to 200 characters, raw or base64-encoded, is refused without being echoed', () => {
    const sealWith = (value: string) => errorOf(() => new EncryptedSecret(appAndChart('shop').chart, 'db', { name: 'db', sealed: { encryptedData: { password: value } } }));
    // The fixed text of the message: a value that happens to be part of it would "appear" anyway.
    const template = sealWith('not-a-ciphertext').message;
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 200 }), (plain) => {
        fc.pre(!template.includes(plain));
        for (const value of [plain, Buffer.from(plain).toString('base64')]) {
          expect(looksLikeKubesealCiphertext(value)).toBe(false);
          expect(sealWith(value).message).not.toContain(value);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('EncryptedSecret sources', () => {
  test('sealed: a SealedSecret with the ciphertext and a template bound to name and namespace', () => {
    const { chart } = appAndChart('shop');
    new EncryptedSecret(chart, 'db', { name: 'db-credentials', sealed: { encryptedData: SEALED } });
    const out = Testing.synth(chart);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      apiVersion: 'bitnami.com/v1alpha1',
      kind: 'SealedSecret',
      metadata: { name: 'db-credentials', namespace: 'shop' },
      spec: { encryptedData: SEALED, template: { metadata: { name: 'db-credentials', namespace: 'shop' }, type: 'Opaque' } },
    });
    expect(out[0].metadata.annotations).toBeUndefined();
  });

  test('sealed: a wider sealing scope is annotated', () => {
    const { chart } = appAndChart('shop');
    new EncryptedSecret(chart, 'db', { name: 'db', sealed: { encryptedData: SEALED, scope: 'namespace-wide' } });
    expect(Testing.synth(chart)[0].metadata.annotations).toEqual({ 'sealedsecrets.bitnami.com/namespace-wide': 'true' });
  });

  test('external: an ExternalSecret (external-secrets.io/v1) reading from the store', () => {
    const { chart } = appAndChart('shop');
    new EncryptedSecret(chart, 'db', {
      name: 'db',
      external: { storeName: 'vault', storeKind: 'ClusterSecretStore', refreshInterval: '15m', data: [{ secretKey: 'password', remoteKey: 'shop/db', property: 'password' }] },
    });
    expect(Testing.synth(chart)[0]).toEqual({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'db', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'db' } },
      spec: {
        refreshInterval: '15m',
        secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
        target: { name: 'db', creationPolicy: 'Owner' },
        data: [{ secretKey: 'password', remoteRef: { key: 'shop/db', property: 'password' } }],
      },
    });
  });

  test('csi: a SecretProviderClass, mounted read-only through the CSI driver, optionally synced', () => {
    const { chart } = appAndChart('shop');
    const secret = new EncryptedSecret(chart, 'db', {
      name: 'db',
      csi: { provider: 'aws', parameters: { objects: '- objectName: "shop/db"\n  objectType: "secretsmanager"' }, syncToSecret: [{ objectName: 'shop/db', key: 'password' }] },
    });
    new SecureDeployment(chart, 'api', { name: 'api', containers: [{ image: IMAGE, portNumber: 8080, volumeMounts: [{ path: '/mnt/secrets', volume: secret.volume() }] }] });
    const out = Testing.synth(chart);
    expect(objectOf(out, 'SecretProviderClass')).toMatchObject({
      apiVersion: 'secrets-store.csi.x-k8s.io/v1',
      spec: { provider: 'aws', secretObjects: [{ secretName: 'db', type: 'Opaque', data: [{ objectName: 'shop/db', key: 'password' }] }] },
    });
    const volumes = objectOf(out, 'Deployment').spec.template.spec.volumes;
    expect(volumes).toContainEqual({ name: 'db-secret', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'db' } } });
  });

  test('no Secret or plaintext ever appears in the output', () => {
    const { chart } = appAndChart('shop');
    new EncryptedSecret(chart, 'a', { name: 'a', sealed: { encryptedData: SEALED } });
    new EncryptedSecret(chart, 'b', { name: 'b', external: { storeName: 'vault', data: [{ secretKey: 'k', remoteKey: 'r' }] } });
    const out = Testing.synth(chart);
    expect(out.map((o) => o.kind)).not.toContain('Secret');
    expect(JSON.stringify(out)).not.toContain('stringData');
    expect(Object.keys(objectOf(out, 'SealedSecret').spec).sort()).toEqual(['encryptedData', 'template']);
    expect(objectOf(out, 'ExternalSecret').spec.data).toEqual([{ secretKey: 'k', remoteRef: { key: 'r' } }]);
  });
});

describe('EncryptedSecret consumption', () => {
  test('envValue is a secretKeyRef, volume a Secret volume, grantRead a Role limited to the Secret', () => {
    const { chart } = appAndChart('shop');
    const secret = new EncryptedSecret(chart, 'db', { name: 'db-credentials', sealed: { encryptedData: SEALED } });
    const sa = new LeastPrivilegeServiceAccount(chart, 'sa', { name: 'api' });
    secret.grantRead(sa);
    new SecureDeployment(chart, 'api', {
      name: 'api',
      serviceAccount: sa,
      containers: [{ image: IMAGE, portNumber: 8080, envVariables: { DB_USER: secret.envValue('username') }, volumeMounts: [{ path: '/run/secrets/db', volume: secret.volume() }] }],
    });
    const out = Testing.synth(chart);
    const pod = objectOf(out, 'Deployment').spec.template.spec;
    expect(pod.serviceAccountName).toBe('api');
    expect(pod.containers[0].env).toEqual([{ name: 'DB_USER', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'username' } } }]);
    expect(pod.volumes).toContainEqual({ name: 'db-credentials-secret', secret: { secretName: 'db-credentials' } });
    expect(objectOf(out, 'Role', 'api').rules).toEqual([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['db-credentials'] }]);
  });

  test('unknown keys and unsynced CSI Secrets are refused', () => {
    const { chart } = appAndChart('shop');
    const sealed = new EncryptedSecret(chart, 'db', { name: 'db', sealed: { encryptedData: SEALED } });
    expect(errorOf(() => sealed.envValue('token')).message).toMatch(/`envValue\("token"\)` names a key the Secret does not have\. Fix: use one of: username, password/);
    const csi = new EncryptedSecret(chart, 'csi', { name: 'csi', csi: { provider: 'vault', parameters: { roleName: 'shop' } } });
    expect(errorOf(() => csi.envValue('x')).message).toMatch(/names a key the Secret does not have/);
    expect(errorOf(() => csi.secretName).message).toMatch(/`csi\.syncToSecret` is not set, so no Kubernetes Secret exists/);
  });
});

function appWithSecret(source: Record<string, unknown>) {
  const app = Testing.app();
  const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
  const secret = new EncryptedSecret(ns, 'db', { name: 'db', ...source });
  new SecureDeployment(ns, 'api', { name: 'api', containers: [{ image: IMAGE, portNumber: 8080, volumeMounts: [{ path: '/run/secrets/db', volume: secret.volume() }] }] });
  return synthApp(app);
}

const SOURCES: Record<string, Record<string, unknown>> = {
  sealed: { sealed: { encryptedData: SEALED } },
  external: { external: { storeName: 'vault', data: [{ secretKey: 'password', remoteKey: 'shop/db' }] } },
  csi: { csi: { provider: 'vault', parameters: { roleName: 'shop' } } },
};

describe('EncryptedSecret in an app has no findings', () => {
  for (const [name, source] of Object.entries(SOURCES)) {
    for (const profile of ['recommended', 'pss-restricted']) {
      test(`${name}, ${profile}`, () => {
        expect(unacceptedFindings(appWithSecret(source), profile)).toEqual([]);
      });
    }
  }
});

describe('EncryptedSecret refuses', () => {
  test('a plaintext sealed value, naming the key and never the value', () => {
    const { chart } = appAndChart('shop');
    const error = errorOf(() => new EncryptedSecret(chart, 'db', { name: 'db', sealed: { encryptedData: { username: SEALED.username, password: 'hunter2-very-secret' } } }));
    expect(error).toBeInstanceOf(InsecurePropError);
    expect(error.message).toMatch(/^chart\/db: `sealed\.encryptedData\.password` does not look like kubeseal ciphertext and may be plaintext \(value not shown\)\. Fix: seal it: .*kubeseal/);
    expect(error.message).not.toContain('hunter2');
  });

  test('base64 of plaintext', () => {
    const { chart } = appAndChart('shop');
    const value = Buffer.from('correct horse battery staple, the production password').toString('base64');
    const error = errorOf(() => new EncryptedSecret(chart, 'db', { sealed: { encryptedData: { password: value } } }));
    expect(error.message).toContain('`sealed.encryptedData.password` does not look like kubeseal ciphertext');
    expect(error.message).not.toContain(value);
  });

  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['no source', {}, /`sealed \| external \| csi` sets no source\. Fix: give exactly one source/],
    ['two sources', { sealed: { encryptedData: SEALED }, external: { storeName: 's', data: [{ secretKey: 'k', remoteKey: 'r' }] } }, /sets sealed and external/],
    ['empty encryptedData', { sealed: { encryptedData: {} } }, /`sealed\.encryptedData` is empty/],
    ['an invalid key', { sealed: { encryptedData: { 'bad key': SEALED.username } } }, /`sealed\.encryptedData` has an invalid Secret key "bad key"/],
    ['an unknown sealing scope', { sealed: { encryptedData: SEALED, scope: 'global' } }, /`sealed\.scope` is "global"/],
    ['external without store', { external: { storeName: '', data: [{ secretKey: 'k', remoteKey: 'r' }] } }, /`external\.storeName` is missing/],
    ['external without data', { external: { storeName: 's', data: [] } }, /`external\.data` is empty/],
    ['a bad refresh interval', { external: { storeName: 's', refreshInterval: 'daily', data: [{ secretKey: 'k', remoteKey: 'r' }] } }, /`external\.refreshInterval` \("daily"\) is not a Go duration/],
    ['external without remote key', { external: { storeName: 's', data: [{ secretKey: 'k', remoteKey: '' }] } }, /`external\.data\[0\]\.remoteKey` is missing/],
    ['csi without provider', { csi: { provider: '', parameters: {} } }, /`csi\.provider` is missing/],
    ['csi with a non-string parameter', { csi: { provider: 'aws', parameters: { objects: 3 } } }, /`csi\.parameters\.objects` is not a string/],
  ];
  for (const [name, props, message] of cases) {
    test(name, () => {
      const { chart } = appAndChart('shop');
      const error = errorOf(() => new EncryptedSecret(chart, 'db', props as never));
      expect(error).toBeInstanceOf(InsecurePropError);
      expect(error.message).toMatch(message);
    });
  }
});
