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

  test('finds settings at line start (YAML, JSON, properties) and inside a line (compact JSON, connection and query strings, .env)', () => {
    // data key → [value, the setting the finding names]
    const settings: Record<string, [string, string]> = {
      'app.yaml': [`database:\n  host: db\n  password: ${PASSWORD}\n`, 'password'],
      'app.json': [`{\n  "apiKey": "${PASSWORD}"\n}`, 'apiKey'],
      'line': [`db_password=${PASSWORD}`, 'db_password'],
      'compact.json': [`{"db":{"host":"db","password":"${PASSWORD}"}}`, 'password'],
      'flow.json': [`[{"name":"a"},{"clientSecret":"${PASSWORD}"}]`, 'clientSecret'],
      'dsn': [`host=db user=app password=${PASSWORD} sslmode=require`, 'password'],
      'callback': [`https://hooks.example.com/notify?channel=ops&token=${PASSWORD}`, 'token'],
      'cmd.args': [`--verbose;api_key=${PASSWORD}`, 'api_key'],
      'env': [`MODE=prod DB_PASSWORD="${PASSWORD}"`, 'DB_PASSWORD'],
    };
    const data = Object.fromEntries(Object.entries(settings).map(([key, [value]]) => [key, value]));
    const findings = runRule(sensitiveConfigMap, [configMap(data)]);
    expect(findings.map((f) => f.message)).toEqual(Object.entries(settings).map(([key, [, setting]]) => `ConfigMap "cfg" data key "${key}" holds a "${setting}" setting`));
    expect(JSON.stringify(findings)).not.toContain(PASSWORD);
  });

  test('prose, references and placeholders inside a line are not settings', () => {
    const findings = runRule(sensitiveConfigMap, [
      configMap({
        notes: 'Rotate the API token: weekly, and the password: see the runbook',
        refs: '{"passwordSecretRef":{"name":"db"},"secretName":"tls","tokenTTL":"1h"}',
        templated: `{"password":"\${DB_PASSWORD}","token":"{{ .Values.token }}"} mode=fast password=$(PW) token=<set-me>`,
        unquoted: '{password: hunter2x}',
        math: 'x = token',
      }),
    ]);
    expect(findings.map((f) => f.message)).toEqual([]);
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

describe('sensitive-configmap: values and placeholders', () => {
  const messages = (manifest: Record<string, unknown>, ruleOptions?: Record<string, unknown>) =>
    runRule(sensitiveConfigMap, [manifest], ruleOptions ? { ruleOptions } : {}).map((f) => [f.path, f.message]);

  test('only whole-value templates, toggles and masks count as placeholders', () => {
    const placeholders = {
      PASSWORD_1: '  ',
      PASSWORD_2: ' ${DB_PASSWORD} ',
      PASSWORD_3: '{{ .Values.db.password }}',
      PASSWORD_4: '<db-password>',
      PASSWORD_5: '%(password)s',
      PASSWORD_6: '********',
      PASSWORD_7: '$(DB_PASSWORD)',
      PASSWORD_8: ' off ',
    };
    expect(messages(configMap(placeholders))).toEqual([]);
    const secrets = {
      PASSWORD_1: 'hunter2-',
      PASSWORD_2: 'kxq7no',
      PASSWORD_3: '${PREFIX}kxq7',
      PASSWORD_3b: 'kxq7${SUFFIX}',
      PASSWORD_4: 'kxq7$(SUFFIX)',
      PASSWORD_5: '$(PREFIX)kxq7',
      PASSWORD_6: 'kxq7{{ .Values.suffix }}',
      PASSWORD_7: '{{ .Values.prefix }}kxq7',
      PASSWORD_8: 'kxq7<b>',
      PASSWORD_9: '<b>kxq7',
      PASSWORD_10: 'kxq7%(x)s',
      PASSWORD_11: '%(x)skxq7',
      PASSWORD_12: '***kxq7',
      PASSWORD_13: 'kxq7***',
    };
    expect(messages(configMap(secrets))).toEqual(
      Object.keys(secrets).map((key) => [`/data/${key}`, `ConfigMap "cfg" data key "${key}" holds a value under a secret-like key name`]),
    );
  });

  test('a trailing separator does not turn a reference key into a secret key', () => {
    expect(messages(configMap({ PASSWORD_FILE_: '/etc/secrets/db', _TOKEN_PATH: '/var/run/token' }))).toEqual([]);
    expect(isSecretKeyName('PASSWORD_FILE_')).toBe(false);
  });

  test('joins several reasons for one key', () => {
    expect(messages(configMap({ DB_PASSWORD: PEM }))).toEqual([
      ['/data/DB_PASSWORD', 'ConfigMap "cfg" data key "DB_PASSWORD" holds a value under a secret-like key name and a PEM private key'],
    ]);
  });

  test('names an unnamed ConfigMap by its kind', () => {
    expect(messages({ apiVersion: 'v1', kind: 'ConfigMap', data: { DB_PASSWORD: PASSWORD } })).toEqual([
      ['/data/DB_PASSWORD', 'ConfigMap data key "DB_PASSWORD" holds a value under a secret-like key name'],
    ]);
  });

  test('only checks core v1 ConfigMaps', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { DB_PASSWORD: Buffer.from(PASSWORD).toString('base64') } };
    const custom = { ...configMap({ DB_PASSWORD: PASSWORD }), apiVersion: 'example.com/v1' };
    expect(runRule(sensitiveConfigMap, [secret, custom])).toEqual([]);
  });

  test('numbers are checked as text, other non-string values are skipped', () => {
    expect(messages(configMap({ DB_PASSWORD: 73914826, API_TOKEN: { nested: PASSWORD }, SECRET_KEY: true, CLIENT_SECRET: null }))).toEqual([
      ['/data/DB_PASSWORD', 'ConfigMap "cfg" data key "DB_PASSWORD" holds a value under a secret-like key name'],
    ]);
  });

  test('ignoreKeys that is not a list is ignored', () => {
    expect(messages(configMap({ DB_PASSWORD: PASSWORD }), { ignoreKeys: 'DB_PASSWORD' })).toEqual([
      ['/data/DB_PASSWORD', 'ConfigMap "cfg" data key "DB_PASSWORD" holds a value under a secret-like key name'],
    ]);
  });

  test('binaryData: decodes line-wrapped base64 and judges the decoded value', () => {
    const wrapped = Buffer.from(PEM).toString('base64').replace(/.{1,20}/g, '$&\n');
    expect(messages(configMap({}, { 'key.pem': wrapped, DB_PASSWORD: Buffer.from('${DB_PASSWORD}').toString('base64') }))).toEqual([
      ['/binaryData/key.pem', 'ConfigMap "cfg" binaryData key "key.pem" holds a PEM private key'],
    ]);
  });

  test('binaryData: text that is not base64 is not decoded', () => {
    expect(messages(configMap({}, { 'key.pem': `!${Buffer.from(PEM).toString('base64')}`, notes: 'not base64: ok?' }))).toEqual([]);
  });

  test('binaryData: values up to 1 MiB of base64 are decoded, larger ones are skipped', () => {
    const limit = 1 << 20;
    const atLimit = Buffer.from(PEM.padEnd((limit / 4) * 3, '\n')).toString('base64');
    const overLimit = Buffer.from(PEM.padEnd((limit / 4) * 3 + 3, '\n')).toString('base64');
    expect([atLimit.length, overLimit.length]).toEqual([limit, limit + 4]);
    expect(messages(configMap({}, { 'a.pem': atLimit, 'b.pem': overLimit }))).toEqual([
      ['/binaryData/a.pem', 'ConfigMap "cfg" binaryData key "a.pem" holds a PEM private key'],
    ]);
  });
});
