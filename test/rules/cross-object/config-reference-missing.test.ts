import { configReferenceMissing } from '../../../src/rules/cross-object/config-reference-missing';
import { runRule, safeContainer } from '../../support/manifests';
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
