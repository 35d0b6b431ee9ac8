import { defaultServiceAccount } from '../../../src/rules/service-accounts/default-service-account';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

describe('default-service-account', () => {
  test('passes with a named service account, or without a token', () => {
    expect(runRule(defaultServiceAccount, [pod({ serviceAccountName: 'web', containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(defaultServiceAccount, [pod({ automountServiceAccountToken: false, containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails when unset, blank or default', () => {
    const [f] = runRule(defaultServiceAccount, [deployment({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/template/spec');
    expect(f.message).toBe('the pod sets no serviceAccountName, so it runs as the default service account and gets its token');
    expect(runRule(defaultServiceAccount, [pod({ serviceAccountName: 'default', containers: [safeContainer()] })])[0].path).toBe('/spec/serviceAccountName');
    expect(runRule(defaultServiceAccount, [pod({ serviceAccountName: '', containers: [safeContainer()] })])).toHaveLength(1);
  });

  test('the deprecated serviceAccount field counts as a name', () => {
    expect(runRule(defaultServiceAccount, [pod({ serviceAccount: 'web', containers: [safeContainer()] })])).toEqual([]);
  });
});

describe('default-service-account messages', () => {
  const messages = (spec: Record<string, unknown>) => runRule(defaultServiceAccount, [pod({ containers: [safeContainer()], ...spec })]).map((f) => f.message);

  test('naming default and leaving the name blank are described differently', () => {
    expect(messages({ serviceAccountName: 'default' })).toEqual(['the pod names the default service account and gets its token']);
    expect(messages({ serviceAccountName: '  ' })).toEqual(['the pod sets no serviceAccountName, so it runs as the default service account and gets its token']);
  });
});
