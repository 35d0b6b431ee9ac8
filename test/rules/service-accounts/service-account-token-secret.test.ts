import { serviceAccountTokenSecret } from '../../../src/rules/service-accounts/service-account-token-secret';
import { runRule } from '../../support/manifests';

const TOKEN = 'ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklpSjk=';

describe('service-account-token-secret', () => {
  test('passes for other Secrets and ServiceAccounts without secrets', () => {
    const opaque = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', data: { a: 'Yg==' } };
    const sa = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web' }, secrets: [] };
    expect(runRule(serviceAccountTokenSecret, [opaque, sa])).toEqual([]);
  });

  test('fails for a token Secret, naming the account but never the token', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'web-token', annotations: { 'kubernetes.io/service-account.name': 'web' } },
      type: 'kubernetes.io/service-account-token',
      data: { token: TOKEN },
    };
    const [f] = runRule(serviceAccountTokenSecret, [secret]);
    expect(f.path).toBe('/type');
    expect(f.message).toBe('Secret "web-token" is a long-lived token for service account "web" that never expires');
    expect(JSON.stringify(f)).not.toContain(TOKEN);
  });

  test('fails for a ServiceAccount listing secrets', () => {
    const [f] = runRule(serviceAccountTokenSecret, [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web' }, secrets: [{ name: 'web-token' }] }]);
    expect(f.path).toBe('/secrets');
  });
});

describe('service-account-token-secret messages', () => {
  test('a token Secret without an account annotation, and unnamed objects', () => {
    const secret = (metadata: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Secret', metadata, type: 'kubernetes.io/service-account-token' });
    expect(runRule(serviceAccountTokenSecret, [secret({ name: 'orphan' }), secret({})]).map((f) => f.message)).toEqual([
      'Secret "orphan" is a long-lived token that never expires',
      'Secret "" is a long-lived token that never expires',
    ]);
  });

  test('a ServiceAccount listing secrets, named or not', () => {
    const sa = (metadata: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata, secrets: [{ name: 'web-token' }] });
    expect(runRule(serviceAccountTokenSecret, [sa({ name: 'web' }), sa({})]).map((f) => f.message)).toEqual([
      'ServiceAccount "web" lists secrets, the legacy way of handing out long-lived tokens',
      'ServiceAccount "" lists secrets, the legacy way of handing out long-lived tokens',
    ]);
  });

  test('only core v1 objects are checked', () => {
    expect(runRule(serviceAccountTokenSecret, [{ apiVersion: 'example.com/v1', kind: 'Secret', metadata: { name: 's' }, type: 'kubernetes.io/service-account-token' }])).toEqual([]);
  });
});
