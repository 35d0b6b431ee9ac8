import { checkManifests, resolveProfile } from '../../src/engine/check';
import { Profile } from '../../src/profiles/profile';
import { getProfile } from '../../src/profiles/registry';

const ROLLOUT = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Rollout',
  metadata: { name: 'web', namespace: 'team' },
  spec: { template: { spec: { containers: [{ name: 'web', image: 'registry.example.com/web:1.0', securityContext: { privileged: true } }] } } },
};

describe('resolveProfile', () => {
  test('gives the recommended profile when none is named', () => {
    expect(resolveProfile(undefined)).toBe(getProfile('recommended'));
  });

  test('looks a name up in the registry and takes a profile object as it is', () => {
    expect(resolveProfile('pss-baseline')).toBe(getProfile('pss-baseline'));
    const own = new Profile('own', 'no rules', () => []);
    expect(resolveProfile(own)).toBe(own);
  });
});

describe('checkManifests', () => {
  test('checks against the recommended profile at the latest Kubernetes version by default', () => {
    const report = checkManifests([{ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'team' } } }]);
    expect(report.profile).toBe('recommended');
    expect(report.kubernetesVersion).toBe('latest');
    expect(report.summary.objects).toBe(1);
  });

  test('finds the pod template of a custom resource at the given locations, and only there', () => {
    const privileged = (options: Parameters<typeof checkManifests>[1]) =>
      checkManifests([{ manifest: ROLLOUT }], { profile: 'pss-baseline', ...options }).findings.map((f) => `${f.ruleId} ${f.path}`);
    expect(privileged({ podTemplateLocations: [{ kind: 'Rollout', templatePath: '/spec/template' }] })).toEqual([
      'pss-privileged /spec/template/spec/containers/0/securityContext/privileged',
    ]);
    expect(privileged({})).toEqual([]);
  });
});
