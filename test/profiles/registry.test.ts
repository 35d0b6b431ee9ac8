import { getProfile, isBuiltinProfile, listProfiles, Profile, registerProfile, UnknownProfileError } from '../../src';

/** A fresh copy of the registry module, so registering over a built-in name leaks into no other test. */
function freshRegistry(): typeof import('../../src/profiles/registry') {
  let registry: typeof import('../../src/profiles/registry') | undefined;
  jest.isolateModules(() => {
    registry = require('../../src/profiles/registry');
  });
  return registry!;
}

describe('profile registry', () => {
  test('the three built-in profiles are registered under their names', () => {
    expect(listProfiles().map((p) => p.name)).toEqual(expect.arrayContaining(['pss-baseline', 'pss-restricted', 'recommended']));
    expect(getProfile('recommended').name).toBe('recommended');
  });

  test('an unknown name is refused with the available names', () => {
    expect(() => getProfile('nope')).toThrow(UnknownProfileError);
    expect(() => getProfile('nope')).toThrow('Unknown profile "nope". Available profiles: pss-baseline, pss-restricted, recommended');
    expect(() => getProfile('nope')).toThrow(expect.objectContaining({ name: 'UnknownProfileError' }));
  });

  test('isBuiltinProfile: built-in names yes; unknown and user-registered names no', () => {
    const registry = freshRegistry();
    expect(['pss-baseline', 'pss-restricted', 'recommended'].map(registry.isBuiltinProfile)).toEqual([true, true, true]);
    expect(registry.isBuiltinProfile('nope')).toBe(false);
    registry.registerProfile(new Profile('team', 'a team profile', () => []));
    expect(registry.isBuiltinProfile('team')).toBe(false);
  });

  test('a profile registered over a built-in name is no longer built-in', () => {
    const registry = freshRegistry();
    registry.registerProfile(new Profile('recommended', 'replaced', () => []));
    expect(registry.isBuiltinProfile('recommended')).toBe(false);
    expect(registry.isBuiltinProfile('pss-baseline')).toBe(true);
  });

  test('registering makes a profile available by name', () => {
    const profile = new Profile('registry-test', 'test', () => []);
    registerProfile(profile);
    expect(getProfile('registry-test')).toBe(profile);
    expect(isBuiltinProfile('registry-test')).toBe(false);
  });

  test('each built-in profile has its description and resolves to rules', () => {
    const registry = freshRegistry();
    const { parseKubernetesVersion } = require('../../src/engine/version') as typeof import('../../src/engine/version');
    const latest = parseKubernetesVersion('latest');
    expect(registry.listProfiles().map((p) => [p.name, p.description, p.resolve(latest).rules.length > 0])).toEqual([
      ['pss-baseline', 'Pod Security Standards, baseline level, as enforced by Pod Security Admission', true],
      ['pss-restricted', 'Pod Security Standards, restricted level, as enforced by Pod Security Admission', true],
      ['recommended', 'Pod Security Standards restricted plus the full rule catalog', true],
    ]);
  });
});
