import { defineRule } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { Profile, resolveRule } from '../../src/profiles/profile';

const limits = defineRule(
  {
    id: 'team-limits',
    title: 'Limits',
    severity: 'warning',
    category: 'custom',
    description: 'Containers declare limits.',
    remediation: 'Set resources.limits.',
    defaultOptions: { cpu: true, memory: true },
  },
  () => [],
);

describe('resolveRule', () => {
  test('without settings: the rule severity and default options, suppressible', () => {
    expect(resolveRule(limits)).toStrictEqual({ rule: limits, severity: 'warning', options: { cpu: true, memory: true }, unsuppressible: false });
  });

  test('settings override the severity, merge over the options and can make the rule unsuppressible', () => {
    expect(resolveRule(limits, { severity: 'error', options: { cpu: false }, unsuppressible: true })).toStrictEqual({
      rule: limits,
      severity: 'error',
      options: { cpu: false, memory: true },
      unsuppressible: true,
    });
  });
});

describe('Profile', () => {
  test('resolves to its name, the version and the rules of its resolver at that version', () => {
    const profile = new Profile('team', 'Team policy', (v) => (v.minor >= 30 ? [resolveRule(limits)] : []));
    expect(profile.resolve(parseKubernetesVersion('v1.29'))).toEqual({ name: 'team', kubernetesVersion: { label: 'v1.29', minor: 29 }, rules: [] });
    expect(profile.resolve(parseKubernetesVersion('v1.30')).rules).toEqual([resolveRule(limits)]);
  });
});
