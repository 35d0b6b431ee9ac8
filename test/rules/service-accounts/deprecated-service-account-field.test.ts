import { deprecatedServiceAccountField } from '../../../src/rules/service-accounts/deprecated-service-account-field';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

describe('deprecated-service-account-field', () => {
  test('passes with serviceAccountName only', () => {
    expect(runRule(deprecatedServiceAccountField, [pod({ serviceAccountName: 'web', containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails for serviceAccount, noting a conflict with serviceAccountName', () => {
    const [f] = runRule(deprecatedServiceAccountField, [cronJob({ serviceAccount: 'old', containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/serviceAccount');
    expect(f.message).toBe('the pod uses the deprecated field serviceAccount="old"');
    const [g] = runRule(deprecatedServiceAccountField, [pod({ serviceAccount: 'old', serviceAccountName: 'new', containers: [safeContainer()] })]);
    expect(g.message).toContain('differs from serviceAccountName "new", which is the one used');
  });
});

describe('deprecated-service-account-field details', () => {
  const messages = (spec: Record<string, unknown>) => runRule(deprecatedServiceAccountField, [pod({ containers: [safeContainer()], ...spec })]).map((f) => f.message);

  test('an empty serviceAccount is ignored', () => {
    expect(messages({ serviceAccount: '' })).toEqual([]);
  });

  test('a conflict is mentioned only when serviceAccountName is set to something else', () => {
    expect(messages({ serviceAccount: 'web' })).toEqual(['the pod uses the deprecated field serviceAccount="web"']);
    expect(messages({ serviceAccount: 'web', serviceAccountName: '' })).toEqual(['the pod uses the deprecated field serviceAccount="web"']);
    expect(messages({ serviceAccount: 'web', serviceAccountName: 'web' })).toEqual(['the pod uses the deprecated field serviceAccount="web"']);
    expect(messages({ serviceAccount: 'web', serviceAccountName: 'api' })).toEqual(['the pod uses the deprecated field serviceAccount="web"; it differs from serviceAccountName "api", which is the one used']);
  });
});
