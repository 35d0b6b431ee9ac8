import { serviceAccountAutomount } from '../../../src/rules/service-accounts/service-account-automount';
import { runRule } from '../../support/manifests';

const sa = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'team' }, ...extra });

describe('service-account-automount', () => {
  test('passes for ServiceAccounts that opt out', () => {
    expect(runRule(serviceAccountAutomount, [sa('web', { automountServiceAccountToken: false })])).toEqual([]);
  });

  test('fails when unset or true, with a clearer message for default', () => {
    const [f] = runRule(serviceAccountAutomount, [sa('default')]);
    expect(f.path).toBe('');
    expect(f.message).toBe('the default ServiceAccount (used by every pod without serviceAccountName) does not set automountServiceAccountToken: false, so its token is mounted into pods by default');
    const [g] = runRule(serviceAccountAutomount, [sa('web', { automountServiceAccountToken: 'false' })]);
    expect(g.path).toBe('/automountServiceAccountToken');
    expect(g.message).toContain('not a boolean');
  });

  test('other kinds are ignored', () => {
    expect(runRule(serviceAccountAutomount, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }])).toEqual([]);
  });
});

describe('service-account-automount details', () => {
  test('a named and an unnamed ServiceAccount are described by name', () => {
    expect(runRule(serviceAccountAutomount, [sa('web'), { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { namespace: 'team' } }]).map((f) => f.message)).toEqual([
      'ServiceAccount "web" does not set automountServiceAccountToken: false, so its token is mounted into pods by default',
      'ServiceAccount "" does not set automountServiceAccountToken: false, so its token is mounted into pods by default',
    ]);
  });

  test('only core v1 ServiceAccounts are checked', () => {
    expect(runRule(serviceAccountAutomount, [{ ...sa('web'), apiVersion: 'example.com/v1' }])).toEqual([]);
  });
});
