import { secretLiteralEnv } from '../../../src/rules/secrets/secret-literal-env';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const withEnv = (env: unknown[], name = 'app') => pod({ containers: [safeContainer(name, { env })] });
const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq0\n-----END RSA PRIVATE KEY-----';

describe('secret-literal-env', () => {
  test.each([
    ['DB_PASSWORD', 'hunter2-very-secret'],
    ['api-key', 'abcd1234efgh'],
    ['GITHUB_TOKEN', 'not-a-real-token-value'],
    ['client.secret', 's3cr3tvalue'],
    ['SIGNING_KEY', 'k3y-material-here'],
  ])('fails for %s and never shows the value', (name, value) => {
    const findings = runRule(secretLiteralEnv, [withEnv([{ name: 'OTHER', value: 'x' }, { name, value }])]);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe('/spec/containers/0/env/1/value');
    expect(findings[0].message).toBe(`container "app" sets the environment variable "${name}" to a literal value that looks like a secret (its name suggests a credential)`);
    expect(JSON.stringify(findings)).not.toContain(value);
  });

  test('values that are secrets whatever the name: PEM keys, URLs with passwords, known token formats', () => {
    const env = [
      { name: 'CERT_KEY_DATA', value: PEM },
      { name: 'DATABASE_URL', value: 'postgres://app:Sup3rS3cret@db:5432/app' },
      { name: 'AWS_CFG', value: 'AKIAIOSFODNN7EXAMPLE' },
    ];
    const findings = runRule(secretLiteralEnv, [withEnv(env)]);
    expect(findings.map((f) => f.message.replace(/.*\((.*)\)$/, '$1'))).toEqual([
      'the value contains a PEM private key',
      'the value contains a URL with embedded credentials',
      'the value contains an AWS access key id',
    ]);
    const text = JSON.stringify(findings);
    expect(text).not.toContain('MIIEowIBAAKCAQEA7bq0');
    expect(text).not.toContain('Sup3rS3cret');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  test('an embedded config file with a password line is caught; toggles are not', () => {
    const env = [
      { name: 'APP_CONFIG', value: 'host=db\npassword=Pa55word!\n' },
      { name: 'AUTH_TOKEN', value: 'true' },
    ];
    const findings = runRule(secretLiteralEnv, [withEnv(env)]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('"APP_CONFIG"');
    expect(findings[0].message).toContain('a "password" setting');
    expect(JSON.stringify(findings)).not.toContain('Pa55word!');
  });

  test('a connection string or JSON value with a password in it is caught', () => {
    const env = [
      { name: 'DATABASE_DSN', value: 'host=db user=app password=Pa55word! sslmode=require' },
      { name: 'APP_JSON', value: '{"user":"app","password":"Pa55word!"}' },
      { name: 'APP_NOTE', value: 'the password: is read from a file' },
    ];
    const findings = runRule(secretLiteralEnv, [withEnv(env)]);
    expect(findings.map((f) => f.message.match(/"([A-Z_]+)"/)?.[1])).toEqual(['DATABASE_DSN', 'APP_JSON']);
    for (const f of findings) expect(f.message).toContain('a "password" setting');
    expect(JSON.stringify(findings)).not.toContain('Pa55word!');
  });

  test('an Authorization header value is caught although the name (…_HEADER) is a reference word', () => {
    const basic = Buffer.from('svc:Pa55word!').toString('base64');
    const env = [
      { name: 'AUTH_HEADER', value: `Basic ${basic}` },
      { name: 'UPSTREAM_HEADER', value: 'Bearer 8f14e45fceea167a5a36dedd4bea2543' },
      { name: 'DOC_HEADER', value: 'Basic authentication' },
    ];
    expect(runRule(secretLiteralEnv, [withEnv(env)]).map((f) => f.message.match(/contains ([^)]*)/)?.[1])).toEqual([
      'HTTP basic credentials',
      'a bearer token',
    ]);
  });

  test('passes for references, file paths, empty values, descriptive names and valueFrom', () => {
    const env = [
      { name: 'DB_PASSWORD_FILE', value: '/run/secrets/db' },
      { name: 'TOKEN_PATH', value: 'tokens/current' },
      { name: 'SECRET_NAME', value: 'db-credentials' },
      { name: 'TOKEN_TTL', value: '3600' },
      { name: 'PASSWORD', value: '' },
      { name: 'API_KEY', value: '$(API_KEY_FROM_SECRET)' },
      { name: 'ADMIN_PASSWORD', value: '/etc/admin/password' },
      { name: 'PWD', value: 'workdir' },
      { name: 'DATABASE_URL', value: 'postgres://db:5432/app' },
      { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
    ];
    expect(runRule(secretLiteralEnv, [withEnv(env)])).toEqual([]);
  });

  test('init and ephemeral containers are checked; wrong types do not throw', () => {
    const spec = {
      containers: [safeContainer('app', { env: [{ name: 'PASSWORD', value: 42 }, 'junk', null] })],
      initContainers: [safeContainer('init', { env: [{ name: 'ROOT_PASSWORD', value: 'pw123456' }] })],
      ephemeralContainers: [safeContainer('dbg', { env: [{ name: 'TOKEN', value: 'tok-abc' }] })],
    };
    expect(runRule(secretLiteralEnv, [deployment(spec)]).map((f) => f.container).sort()).toEqual(['dbg', 'init']);
  });
});

describe('secret-literal-env: exceptions are exact', () => {
  const messages = (env: unknown[]) => runRule(secretLiteralEnv, [withEnv(env)]).map((f) => [f.path, f.message]);
  const byName = (index: number, name: string) => [
    `/spec/containers/0/env/${index}/value`,
    `container "app" sets the environment variable "${name}" to a literal value that looks like a secret (its name suggests a credential)`,
  ];

  test('a padded absolute path and padded shell variable names pass', () => {
    expect(messages([{ name: 'DB_PASSWORD', value: ' /run/secrets/db ' }, { name: 'pwd ', value: 'srv-app' }, { name: ' OLDPWD', value: 'srv-app' }])).toEqual([]);
  });

  test('values that only contain or start with a slash are not file paths', () => {
    expect(messages([{ name: 'DB_PASSWORD', value: 'S3cr3t/pa55' }, { name: 'API_TOKEN', value: '/x7 k3y' }])).toEqual([byName(0, 'DB_PASSWORD'), byName(1, 'API_TOKEN')]);
  });

  test('several value matches are joined, and a missing name is shown as empty', () => {
    expect(messages([{ value: `${PEM}\nAKIAIOSFODNN7EXAMPLE` }])).toEqual([
      [
        '/spec/containers/0/env/0/value',
        'container "app" sets the environment variable "" to a literal value that looks like a secret (the value contains a PEM private key and an AWS access key id)',
      ],
    ]);
  });
});
