import { checkManifests } from '../../src/engine/check';
import { parseKubernetesVersion } from '../../src/engine/version';
import { pssRulesAt } from '../../src/profiles/pss';
import { getProfile } from '../../src/profiles/registry';
import { ALL_RULES } from '../../src/rules';
import { PSS_RULES } from '../../src/rules/pss';
import { pod } from '../support/manifests';

const ids = (profile: string, version: string) =>
  getProfile(profile)
    .resolve(parseKubernetesVersion(version))
    .rules.map((r) => r.rule.meta.id)
    .sort();

const BASELINE_1_0 = [
  'pss-apparmor',
  'pss-capabilities-baseline',
  'pss-host-namespaces',
  'pss-host-path-volumes',
  'pss-host-ports',
  'pss-privileged',
  'pss-proc-mount',
  'pss-seccomp-baseline',
  'pss-selinux',
  'pss-sysctls',
  'pss-windows-host-process',
];

describe('pss-baseline profile', () => {
  test('runs the 11 baseline checks up to 1.33 and adds the probe/lifecycle host check at 1.34', () => {
    expect(ids('pss-baseline', 'v1.0')).toEqual(BASELINE_1_0);
    expect(ids('pss-baseline', 'v1.33')).toEqual(BASELINE_1_0);
    expect(ids('pss-baseline', 'v1.34')).toEqual([...BASELINE_1_0, 'pss-host-probes-lifecycle'].sort());
    expect(ids('pss-baseline', 'latest')).toEqual(ids('pss-baseline', 'v1.37'));
  });

  test('never contains restricted rules', () => {
    for (let minor = 0; minor <= 37; minor++) {
      const rules = pssRulesAt('baseline', { label: `v1.${minor}`, minor }, PSS_RULES);
      expect(rules.filter((r) => r.meta.standards!.pss!.level !== 'baseline')).toEqual([]);
    }
  });
});

describe('pssRulesAt', () => {
  test('ignores rules that are not Pod Security Standards checks', () => {
    for (const version of ['v1.0', 'v1.25', 'latest']) {
      for (const level of ['baseline', 'restricted'] as const) {
        const v = parseKubernetesVersion(version);
        expect(pssRulesAt(level, v, ALL_RULES)).toEqual(pssRulesAt(level, v, PSS_RULES));
      }
    }
  });
});

describe('pss-restricted profile', () => {
  const restrictedAt = (version: string) => ids('pss-restricted', version);

  test('1.0: baseline with hostPath replaced by restricted volumes, plus runAsNonRoot', () => {
    expect(restrictedAt('v1.0')).toEqual(
      [...BASELINE_1_0.filter((id) => id !== 'pss-host-path-volumes'), 'pss-restricted-volumes', 'pss-run-as-non-root'].sort(),
    );
  });

  test('adds and replaces checks at the PSA versions', () => {
    expect(restrictedAt('v1.7')).not.toContain('pss-allow-privilege-escalation');
    expect(restrictedAt('v1.8')).toContain('pss-allow-privilege-escalation');

    expect(restrictedAt('v1.18')).toContain('pss-seccomp-baseline');
    expect(restrictedAt('v1.18')).not.toContain('pss-seccomp-restricted');
    expect(restrictedAt('v1.19')).toContain('pss-seccomp-restricted');
    expect(restrictedAt('v1.19')).not.toContain('pss-seccomp-baseline');

    expect(restrictedAt('v1.21')).toContain('pss-capabilities-baseline');
    expect(restrictedAt('v1.22')).toContain('pss-capabilities-restricted');
    expect(restrictedAt('v1.22')).not.toContain('pss-capabilities-baseline');

    expect(restrictedAt('v1.22')).not.toContain('pss-run-as-user');
    expect(restrictedAt('v1.23')).toContain('pss-run-as-user');

    expect(restrictedAt('v1.33')).not.toContain('pss-host-probes-lifecycle');
    expect(restrictedAt('v1.34')).toContain('pss-host-probes-lifecycle');

    expect(restrictedAt('v1.34')).toContain('pss-proc-mount');
    expect(restrictedAt('v1.35')).toContain('pss-proc-mount-restricted');
    expect(restrictedAt('v1.35')).not.toContain('pss-proc-mount');
  });

  test('at latest: every restricted check, and the baseline ones not replaced', () => {
    expect(restrictedAt('latest')).toEqual(
      [
        'pss-allow-privilege-escalation',
        'pss-apparmor',
        'pss-capabilities-restricted',
        'pss-host-namespaces',
        'pss-host-ports',
        'pss-host-probes-lifecycle',
        'pss-privileged',
        'pss-proc-mount-restricted',
        'pss-restricted-volumes',
        'pss-run-as-non-root',
        'pss-run-as-user',
        'pss-seccomp-restricted',
        'pss-selinux',
        'pss-sysctls',
        'pss-windows-host-process',
      ].sort(),
    );
  });
});

describe('recommended profile', () => {
  test.each(['v1.0', 'v1.19', 'v1.25', 'latest'])('includes every pss-restricted rule at %s', (version) => {
    const recommended = ids('recommended', version);
    for (const id of ids('pss-restricted', version)) expect(recommended).toContain(id);
    // Replaced baseline rules stay out, as in pss-restricted.
    if (version === 'latest') expect(recommended).not.toContain('pss-seccomp-baseline');
  });
});

describe('PSS profiles end to end', () => {
  const minimalRestricted = (minor: number) => {
    const sc: Record<string, unknown> = { runAsNonRoot: true };
    if (minor >= 8) sc.allowPrivilegeEscalation = false;
    if (minor >= 19) sc.seccompProfile = { type: 'RuntimeDefault' };
    if (minor >= 22) sc.capabilities = { drop: ['ALL'] };
    return pod({ initContainers: [{ name: 'init', image: 'i:1', securityContext: sc }], containers: [{ name: 'app', image: 'a:1', securityContext: sc }] });
  };
  const rulesHit = (manifest: Record<string, unknown>, profile: string, version: string) =>
    [...new Set(checkManifests([{ manifest }], { profile, kubernetesVersion: version }).findings.map((f) => f.ruleId))].sort();

  test('the minimal restricted pod of each version passes restricted at that version', () => {
    for (let minor = 0; minor <= 37; minor++) expect(rulesHit(minimalRestricted(minor), 'pss-restricted', `v1.${minor}`)).toEqual([]);
  });

  test('the 1.8 minimal pod stops passing at 1.19 (seccomp becomes required)', () => {
    expect(rulesHit(minimalRestricted(8), 'pss-restricted', 'v1.18')).toEqual([]);
    expect(rulesHit(minimalRestricted(8), 'pss-restricted', 'v1.19')).toEqual(['pss-seccomp-restricted']);
  });

  test('a bare pod passes baseline but not restricted', () => {
    const bare = pod({ containers: [{ name: 'app', image: 'a:1' }] });
    expect(rulesHit(bare, 'pss-baseline', 'latest')).toEqual([]);
    expect(rulesHit(bare, 'pss-restricted', 'latest')).toEqual(['pss-allow-privilege-escalation', 'pss-capabilities-restricted', 'pss-run-as-non-root', 'pss-seccomp-restricted']);
  });

  test('a Windows pod needs only runAsNonRoot at restricted from 1.25', () => {
    const windows = pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [{ name: 'app', image: 'a:1' }] });
    expect(rulesHit(windows, 'pss-restricted', 'v1.25')).toEqual([]);
    expect(rulesHit(windows, 'pss-restricted', 'v1.24')).toEqual(['pss-allow-privilege-escalation', 'pss-capabilities-restricted', 'pss-seccomp-restricted']);
  });

  test('restricted hostPath is reported once, by the restricted volume rule', () => {
    const manifest = minimalRestricted(37);
    (manifest.spec as Record<string, unknown>).volumes = [{ name: 'h', hostPath: { path: '/etc' } }];
    expect(rulesHit(manifest, 'pss-restricted', 'latest')).toEqual(['pss-restricted-volumes']);
    expect(rulesHit(manifest, 'pss-baseline', 'latest')).toEqual(['pss-host-path-volumes']);
  });

  test('user namespaces: an unmasked /proc passes baseline at 1.35 but never restricted', () => {
    const manifest = minimalRestricted(37);
    const spec = manifest.spec as { hostUsers?: boolean; containers: Array<{ securityContext: Record<string, unknown> }> };
    spec.hostUsers = false;
    spec.containers[0].securityContext = { ...spec.containers[0].securityContext, procMount: 'Unmasked' };
    expect(rulesHit(manifest, 'pss-baseline', 'v1.34')).toEqual(['pss-proc-mount']);
    expect(rulesHit(manifest, 'pss-baseline', 'v1.35')).toEqual([]);
    expect(rulesHit(manifest, 'pss-restricted', 'v1.34')).toEqual(['pss-proc-mount']);
    expect(rulesHit(manifest, 'pss-restricted', 'v1.35')).toEqual(['pss-proc-mount-restricted']);
  });
});
