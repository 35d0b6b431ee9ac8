import { POD_FEATURES, PodFeature } from '../../src/engine/pod-features';
import { defineRule } from '../../src/engine/rule';
import { LATEST_KUBERNETES_MINOR, parseKubernetesVersion } from '../../src/engine/version';
import { customProfile, ProfileDefinitionError } from '../../src/profiles/custom';
import { Profile, resolveRule } from '../../src/profiles/profile';
import { getProfile } from '../../src/profiles/registry';

/** A team rule, as users write them with `defineRule`. */
const ownerLabel = defineRule(
  {
    id: 'team-owner-label',
    title: 'Owner label missing',
    severity: 'warning',
    category: 'custom',
    description: 'Every object names its owning team.',
    remediation: 'Add the label "team".',
    defaultOptions: { label: 'team' },
  },
  () => [],
);

const rulesAt = (profile: Profile, version = 'latest') => profile.resolve(parseKubernetesVersion(version)).rules;
const idsAt = (profile: Profile, version = 'latest') => rulesAt(profile, version).map((r) => r.rule.meta.id);

describe('customProfile', () => {
  test('a profile of its own rules only, with the default description', () => {
    const own = customProfile({ name: 'own', rules: [ownerLabel] });
    expect(own.name).toBe('own');
    expect(own.description).toBe('Custom profile');
    expect(rulesAt(own)).toEqual([{ rule: ownerLabel, severity: 'warning', options: { label: 'team' }, unsuppressible: false }]);
  });

  test('keeps the description it is given', () => {
    expect(customProfile({ name: 'own', description: 'Team policy', rules: [ownerLabel] }).description).toBe('Team policy');
  });

  test('extends a profile, adds rules and leaves out excluded ones', () => {
    const team = customProfile({ name: 'team', extends: [getProfile('pss-baseline')], rules: [ownerLabel], exclude: ['pss-apparmor'] });
    const baseline = idsAt(getProfile('pss-baseline'));
    expect(idsAt(team)).toEqual([...baseline.filter((id) => id !== 'pss-apparmor'), 'team-owner-label']);
  });

  test('a severity setting replaces the severity and keeps the options', () => {
    const team = customProfile({ name: 'team', extends: [getProfile('recommended')], settings: { 'required-labels': { severity: 'error' } } });
    expect(rulesAt(team).find((r) => r.rule.meta.id === 'required-labels')).toMatchObject({
      severity: 'error',
      options: { labels: ['app.kubernetes.io/name'], annotations: [], kinds: [] },
      unsuppressible: false,
    });
  });

  test('an options setting is merged over the inherited options and keeps the severity', () => {
    const team = customProfile({ name: 'team', extends: [getProfile('recommended')], settings: { 'required-labels': { options: { labels: ['team'] } } } });
    const resolved = rulesAt(team).find((r) => r.rule.meta.id === 'required-labels');
    expect(resolved?.severity).toBe('info');
    expect(resolved?.options).toEqual({ labels: ['team'], annotations: [], kinds: [] });
  });

  test('settings of a rule not active at the version are ignored there and applied from the version it starts at', () => {
    const team = customProfile({
      name: 'team',
      extends: [getProfile('pss-baseline')],
      settings: { 'pss-host-probes-lifecycle': { severity: 'warning' } },
    });
    expect(idsAt(team, 'v1.33')).toEqual(idsAt(getProfile('pss-baseline'), 'v1.33'));
    expect(rulesAt(team, 'v1.34').find((r) => r.rule.meta.id === 'pss-host-probes-lifecycle')?.severity).toBe('warning');
  });

  test('may exclude a baseline rule that restricted only runs at older versions', () => {
    // pss-seccomp-baseline is part of pss-restricted up to 1.18 only (replaced by pss-seccomp-restricted at 1.19).
    const team = customProfile({ name: 'team', extends: [getProfile('pss-restricted')], exclude: ['pss-seccomp-baseline'] });
    expect(idsAt(getProfile('pss-restricted'), 'v1.18')).toContain('pss-seccomp-baseline');
    expect(idsAt(team, 'v1.18')).toEqual(idsAt(getProfile('pss-restricted'), 'v1.18').filter((id) => id !== 'pss-seccomp-baseline'));
  });

  test('may refer to a rule its base runs only at the newest known version', () => {
    const newest = new Profile('newest', 'rules of the newest Kubernetes', (v) => (v.minor >= LATEST_KUBERNETES_MINOR ? [resolveRule(ownerLabel)] : []));
    const team = customProfile({ name: 'team', extends: [newest], settings: { 'team-owner-label': { severity: 'error' } } });
    expect(idsAt(team, `v1.${LATEST_KUBERNETES_MINOR - 1}`)).toEqual([]);
    expect(rulesAt(team, 'latest').map((r) => [r.rule.meta.id, r.severity])).toEqual([['team-owner-label', 'error']]);
  });

  test('refuses unknown rule ids in exclude and settings, naming them all', () => {
    const define = () =>
      customProfile({
        name: 'team',
        extends: [getProfile('pss-baseline')],
        exclude: ['pss-privilegd'],
        settings: { 'pss-host-ports': { severity: 'warning' }, 'no-such-rule': { severity: 'info' } },
      });
    let error: unknown;
    try {
      define();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileDefinitionError);
    expect(error).toMatchObject({
      name: 'ProfileDefinitionError',
      message: 'Profile "team" refers to unknown rule id(s): pss-privilegd, no-such-rule. Run `cdk8s-guardrails rules` to list the valid ids.',
    });
  });

  test('a rule with an unknown pod feature is refused, naming the rule, the prop and the known features', () => {
    const misspelt = defineRule({ ...ownerLabel.meta, id: 'host-port-audit' }, () => [], { podFeatures: ['hostPort' as PodFeature, 'volumes'] });
    expect(() => customProfile({ name: 'team', rules: [misspelt] })).toThrow(ProfileDefinitionError);
    expect(() => customProfile({ name: 'team', rules: [misspelt] })).toThrow(
      `Rule "host-port-audit" of profile "team" declares unknown pod feature(s) in appliesTo.podFeatures: hostPort. The features are: ${POD_FEATURES.join(', ')}.`,
    );
    expect(() => customProfile({ name: 'team', rules: [{ ...misspelt, appliesTo: { podFeatures: ['hostPorts'] } }] })).not.toThrow();
  });
});
