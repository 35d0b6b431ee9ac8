import { sensitiveConfigMap } from '../../../src/rules/secrets/sensitive-configmap';
import { isSecretKeyName, secretsInValue } from '../../../src/rules/secrets/secret-patterns';
import { runRule } from '../../support/manifests';

function configMap(data: Record<string, unknown>, binaryData?: Record<string, string>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'team' }, data, ...(binaryData ? { binaryData } : {}) };
}

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretmaterial\n-----END RSA PRIVATE KEY-----\n';
const AWS = 'AKIAIOSFODNN7EXAMPLE';
const PASSWORD = 'S3cr3t!pa55';

describe('sensitive-configmap', () => {
  test('reports secret-like keys and secret-looking values, naming the key', () => {
    const findings = runRule(sensitiveConfigMap, [
      configMap({ DB_PASSWORD: PASSWORD, 'tls.key': PEM, region: 'eu-west-1', creds: `aws_access_key_id=${AWS}`, 'app.properties': `db.user=app\ndb.password=${PASSWORD}\n` }),
    ]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/data/DB_PASSWORD', 'ConfigMap "cfg" data key "DB_PASSWORD" holds a value under a secret-like key name'],
      ['/data/tls.key', 'ConfigMap "cfg" data key "tls.key" holds a PEM private key'],
      ['/data/creds', 'ConfigMap "cfg" data key "creds" holds an AWS access key id'],
      ['/data/app.properties', 'ConfigMap "cfg" data key "app.properties" holds a "db.password" setting'],
    ]);
  });

  test('no finding field ever contains the secret value', () => {
    const findings = runRule(sensitiveConfigMap, [configMap({ DB_PASSWORD: PASSWORD, 'tls.key': PEM, creds: AWS, url: `postgres://app:${PASSWORD}@db:5432/x` })]);
    expect(findings).toHaveLength(4);
    for (const f of findings) {
      for (const value of Object.values(f)) {
        const text = JSON.stringify(value);
        for (const secret of [PASSWORD, AWS, 'MIIEowIBAAKCAQEAsecretmaterial']) expect(text).not.toContain(secret);
      }
    }
  });

  test('finds settings in YAML, JSON and single-line values', () => {
    const findings = runRule(sensitiveConfigMap, [
      configMap({ 'app.yaml': `database:\n  host: db\n  password: ${PASSWORD}\n`, 'app.json': `{\n  "apiKey": "${PASSWORD}"\n}`, line: `db_password=${PASSWORD}` }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'ConfigMap "cfg" data key "app.yaml" holds a "password" setting',
      'ConfigMap "cfg" data key "app.json" holds a "apiKey" setting',
      'ConfigMap "cfg" data key "line" holds a "db_password" setting',
    ]);
    expect(JSON.stringify(findings)).not.toContain(PASSWORD);
  });

  test('checks binaryData after decoding it', () => {
    const findings = runRule(sensitiveConfigMap, [configMap({}, { 'key.pem': Buffer.from(PEM).toString('base64') })]);
    expect(findings.map((f) => f.path)).toEqual(['/binaryData/key.pem']);
  });

  test('passes references to secrets, placeholders and ordinary settings', () => {
    const findings = runRule(sensitiveConfigMap, [
      configMap({
        PASSWORD_FILE: '/etc/secrets/db',
        TOKEN_TTL: '3600',
        passwordMinLength: '12',
        API_KEY: '${API_KEY}',
        SECRET_NAME: 'db-credentials',
        'app.properties': 'db.password=${DB_PASSWORD}\nlog.level=info\n',
        LOG_LEVEL: 'debug',
      }),
    ]);
    expect(findings).toEqual([]);
  });

  test('ignoreKeys skips keys', () => {
    expect(runRule(sensitiveConfigMap, [configMap({ DB_PASSWORD: PASSWORD })], { ruleOptions: { ignoreKeys: ['DB_PASSWORD'] } })).toEqual([]);
  });

  test('key names are split into words', () => {
    expect(['dbPassword', 'api-key', 'CLIENT_SECRET', 'private.key', 'auth_token'].map(isSecretKeyName)).toEqual([true, true, true, true, true]);
    expect(['passport', 'tokenizer', 'secret_path', 'keyboard'].map(isSecretKeyName)).toEqual([false, false, false, false]);
    expect(secretsInValue('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')).toEqual(['a JSON Web Token']);
  });
});
