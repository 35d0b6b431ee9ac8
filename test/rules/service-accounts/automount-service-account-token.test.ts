import { automountServiceAccountToken } from '../../../src/rules/service-accounts/automount-service-account-token';
import { cronJob, deployment, pod, runRule, safeContainer } from '../../support/manifests';

const sa = (name: string, automount?: unknown, namespace = 'team') => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace },
  ...(automount === undefined ? {} : { automountServiceAccountToken: automount }),
});

describe('automount-service-account-token', () => {
  test('passes when the pod opts out', () => {
    expect(runRule(automountServiceAccountToken, [deployment({ automountServiceAccountToken: false, containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails when unset and no ServiceAccount opts out', () => {
    const [f] = runRule(automountServiceAccountToken, [deployment({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/template/spec');
    expect(f.message).toContain('its service account "default" does not either');
  });

  test('an opted-out ServiceAccount in the same namespace covers pods that leave the field unset', () => {
    const p = pod({ serviceAccountName: 'web', containers: [safeContainer()] });
    expect(runRule(automountServiceAccountToken, [p, sa('web', false)])).toEqual([]);
    expect(runRule(automountServiceAccountToken, [p, sa('web', false, 'other')])).toHaveLength(1);
    expect(runRule(automountServiceAccountToken, [p, sa('web', true)])).toHaveLength(1);
    expect(runRule(automountServiceAccountToken, [p, sa('web')])).toHaveLength(1);
  });

  test('only a ServiceAccount opts out: the field misplaced at the top level of a workload named like its account does not', () => {
    const web = { ...deployment({ serviceAccountName: 'web', containers: [safeContainer()] }, 'web'), automountServiceAccountToken: false };
    expect(runRule(automountServiceAccountToken, [web]).map((f) => [f.path, f.message])).toEqual([
      [
        '/spec/template/spec',
        'the pod does not set automountServiceAccountToken: false, and its service account "web" does not either (or is not among the checked manifests), so its containers get an API token',
      ],
    ]);
  });

  test('the deprecated serviceAccount field is honoured when serviceAccountName is absent', () => {
    expect(runRule(automountServiceAccountToken, [pod({ serviceAccount: 'web', containers: [safeContainer()] }), sa('web', false)])).toEqual([]);
  });

  test('an explicit true on the pod overrides the ServiceAccount', () => {
    const [f] = runRule(automountServiceAccountToken, [pod({ serviceAccountName: 'web', automountServiceAccountToken: true, containers: [safeContainer()] }), sa('web', false)]);
    expect(f.path).toBe('/spec/automountServiceAccountToken');
    expect(f.message).toBe('the pod sets automountServiceAccountToken=true, so its containers get the token of service account "web"');
  });

  test('a string "false" does not count (the API rejects it); CronJob templates are checked', () => {
    expect(runRule(automountServiceAccountToken, [cronJob({ automountServiceAccountToken: 'false', containers: [safeContainer()] })])[0].message).toContain('not a boolean');
  });
});

describe('automount-service-account-token details', () => {
  test('a blank serviceAccountName means the default service account', () => {
    for (const serviceAccountName of ['', '  ']) {
      expect(runRule(automountServiceAccountToken, [pod({ serviceAccountName, containers: [safeContainer()] })]).map((f) => f.message)).toEqual([
        'the pod does not set automountServiceAccountToken: false, and its service account "default" does not either (or is not among the checked manifests), so its containers get an API token',
      ]);
    }
  });

  test('objects without a namespace match each other', () => {
    const p = pod({ serviceAccountName: 'web', containers: [safeContainer()] }, { name: 'p' });
    const account = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web' }, automountServiceAccountToken: false };
    expect(runRule(automountServiceAccountToken, [p, account])).toEqual([]);
  });
});
