import { serviceAccountMissing } from '../../../src/rules/cross-object/serviceaccount-missing';
import { pod, runRule, safeContainer } from '../../support/manifests';
import { app, object } from './fixtures';

describe('serviceaccount-missing', () => {
  test('reports a serviceAccountName the app does not define in the namespace', () => {
    const findings = runRule(serviceAccountMissing, [app('web', { app: 'web' }, 'team', { serviceAccountName: 'web' }), object('ServiceAccount', 'web', 'other')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/spec/template/spec/serviceAccountName', message: 'Deployment "web" uses ServiceAccount "web", which is not defined in namespace "team"' });
  });

  test('the deprecated serviceAccount field is checked too', () => {
    expect(runRule(serviceAccountMissing, [pod({ containers: [safeContainer()], serviceAccount: 'legacy' })]).map((f) => f.path)).toEqual(['/spec/serviceAccount']);
  });

  test('passes defined accounts, default, unset, and externalNames', () => {
    const objects = [app('a', { app: 'a' }, 'team', { serviceAccountName: 'web' }), object('ServiceAccount', 'web'), app('b', { app: 'b' }, 'team', { serviceAccountName: 'default' }), app('c', { app: 'c' })];
    expect(runRule(serviceAccountMissing, objects)).toEqual([]);
    expect(runRule(serviceAccountMissing, [app('d', { app: 'd' }, 'team', { serviceAccountName: 'ext' })], { ruleOptions: { externalNames: ['ServiceAccount/ext'] } })).toEqual([]);
  });

  test('the unspecified namespace is one namespace: it matches itself, not "default"', () => {
    const unspecified = app('web', { app: 'web' }, null, { serviceAccountName: 'web' });
    expect(runRule(serviceAccountMissing, [unspecified, object('ServiceAccount', 'web', null)])).toEqual([]);
    const [finding] = runRule(serviceAccountMissing, [unspecified, object('ServiceAccount', 'web', 'default')]);
    expect(finding.message).toContain('the unspecified namespace');
  });
});

describe('serviceaccount-missing: empty names', () => {
  test('an empty serviceAccountName means unset; the deprecated field is then checked', () => {
    expect(runRule(serviceAccountMissing, [app('web', { app: 'web' }, 'team', { serviceAccountName: '' })])).toEqual([]);
    const both = app('web', { app: 'web' }, 'team', { serviceAccountName: '', serviceAccount: 'legacy' });
    expect(runRule(serviceAccountMissing, [both]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/template/spec/serviceAccount', 'Deployment "web" uses ServiceAccount "legacy", which is not defined in namespace "team"'],
    ]);
  });
});
