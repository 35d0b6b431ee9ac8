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
