import { plaintextSecret } from '../../../src/rules/secrets/plaintext-secret';
import { runRule } from '../../support/manifests';

function secret(fields: Record<string, unknown>, name = 'db'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'team' }, ...fields };
}

const VALUE = 'hunter2-very-secret';

describe('plaintext-secret', () => {
  test('reports data and stringData, naming keys and never values', () => {
    const findings = runRule(plaintextSecret, [secret({ data: { password: Buffer.from(VALUE).toString('base64') }, stringData: { token: VALUE } })]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/data', 'Secret "db" (type Opaque) carries values for password in data'],
      ['/stringData', 'Secret "db" (type Opaque) carries values for token in stringData'],
    ]);
    const text = JSON.stringify(findings);
    expect(text).not.toContain(VALUE);
    expect(text).not.toContain(Buffer.from(VALUE).toString('base64'));
  });

  test('allows empty Secrets (filled by controllers) unless allowEmpty is off', () => {
    const tokenSecret = secret({ type: 'kubernetes.io/service-account-token', metadata: { name: 't', annotations: { 'kubernetes.io/service-account.name': 'app' } } });
    expect(runRule(plaintextSecret, [tokenSecret, secret({ data: {} })])).toEqual([]);
    expect(runRule(plaintextSecret, [secret({ data: {} })], { ruleOptions: { allowEmpty: false } })).toHaveLength(1);
  });

  test('allowedTypes and allowedNames opt out', () => {
    const tls = secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'Y3J0', 'tls.key': 'a2V5' } }, 'cert');
    expect(runRule(plaintextSecret, [tls])).toHaveLength(1);
    expect(runRule(plaintextSecret, [tls], { ruleOptions: { allowedTypes: ['kubernetes.io/tls'] } })).toEqual([]);
    expect(runRule(plaintextSecret, [tls], { ruleOptions: { allowedNames: ['cert'] } })).toEqual([]);
  });

  test('finds Secrets inside Lists and ignores other kinds', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } }, secret({ stringData: { a: 'b' } })] };
    expect(runRule(plaintextSecret, [list]).map((f) => f.path)).toEqual(['/items/1/stringData']);
  });
});

describe('plaintext-secret: messages', () => {
  const messages = (manifests: unknown[], ruleOptions?: Record<string, unknown>) =>
    runRule(plaintextSecret, manifests, ruleOptions ? { ruleOptions } : {}).map((f) => [f.path, f.message]);
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i + 1}`, 'dmFsdWU=']));

  test('lists at most ten keys, then the count', () => {
    expect(messages([secret({ data: keys(10) }, 'ten'), secret({ data: keys(11) }, 'eleven')])).toEqual([
      ['/data', 'Secret "ten" (type Opaque) carries values for k1, k2, k3, k4, k5, k6, k7, k8, k9, k10 in data'],
      ['/data', 'Secret "eleven" (type Opaque) carries values for k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, … (11 keys) in data'],
    ]);
  });

  test('an unnamed Secret is named by its kind; an empty one is reported when allowEmpty is off', () => {
    expect(messages([{ apiVersion: 'v1', kind: 'Secret', stringData: { token: VALUE } }])).toEqual([
      ['/stringData', 'Secret (type Opaque) carries values for token in stringData'],
    ]);
    expect(messages([secret({ type: 'kubernetes.io/service-account-token' }, 'sa-token')], { allowEmpty: false })).toEqual([
      ['', 'Secret "sa-token" (type kubernetes.io/service-account-token) is defined in the manifests; empty Secrets are not allowed by this profile'],
    ]);
  });

  test('only core v1 Secrets are checked', () => {
    expect(messages([{ apiVersion: 'example.com/v1', kind: 'Secret', metadata: { name: 'x' }, data: { a: 'Yg==' } }])).toEqual([]);
  });
});
