import { behaviourAt, definePssRule } from '../../../src/rules/pss/versioned';
import { PSS_RULES } from '../../../src/rules/pss';
import { pod, runRule } from '../../support/manifests';

/** The PSA checks, their level, first version, behaviour changes and the baseline check they replace. */
const EXPECTED: Array<[string, string, string, number[], string?]> = [
  ['pss-privileged', 'baseline', 'privileged', [0]],
  ['pss-host-namespaces', 'baseline', 'hostNamespaces', [0]],
  ['pss-host-path-volumes', 'baseline', 'hostPathVolumes', [0]],
  ['pss-host-ports', 'baseline', 'hostPorts', [0]],
  ['pss-host-probes-lifecycle', 'baseline', 'hostProbesAndHostLifecycle', [34]],
  ['pss-apparmor', 'baseline', 'appArmorProfile', [0]],
  ['pss-selinux', 'baseline', 'seLinuxOptions', [0, 31]],
  ['pss-proc-mount', 'baseline', 'procMount', [0, 35]],
  ['pss-seccomp-baseline', 'baseline', 'seccompProfile_baseline', [0, 19]],
  ['pss-sysctls', 'baseline', 'sysctls', [0, 27, 29, 32, 37]],
  ['pss-capabilities-baseline', 'baseline', 'capabilities_baseline', [0]],
  ['pss-windows-host-process', 'baseline', 'windowsHostProcess', [0]],
  ['pss-restricted-volumes', 'restricted', 'restrictedVolumes', [0], 'hostPathVolumes'],
  ['pss-run-as-non-root', 'restricted', 'runAsNonRoot', [0, 35]],
  ['pss-allow-privilege-escalation', 'restricted', 'allowPrivilegeEscalation', [8, 25]],
  ['pss-seccomp-restricted', 'restricted', 'seccompProfile_restricted', [19, 25], 'seccompProfile_baseline'],
  ['pss-capabilities-restricted', 'restricted', 'capabilities_restricted', [22, 25], 'capabilities_baseline'],
  ['pss-run-as-user', 'restricted', 'runAsUser', [23, 35]],
  ['pss-proc-mount-restricted', 'restricted', 'procMount_restricted', [35], 'procMount'],
];

describe('PSS rule metadata', () => {
  test('one rule per PSA check, in PSS_RULES', () => {
    expect(PSS_RULES.map((r) => r.meta.id)).toEqual(EXPECTED.map(([id]) => id));
  });

  // Rows padded to a fixed length: jest passes a `done` callback in place of missing arguments.
  const rows = EXPECTED.map(([id, level, control, versions, overrides]) => [id, level, control, versions, overrides ?? ''] as const);
  test.each(rows)('%s maps to %s/%s with versions %j', (id, level, control, versions, overrides) => {
    const rule = PSS_RULES.find((r) => r.meta.id === id)!;
    expect(rule.meta.standards?.pss).toEqual({ level, control, since: versions[0], versions, ...(overrides ? { overrides } : {}) });
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.category).toBe('pod-security');
    expect(rule.meta.remediation).toMatch(/`/); // names the exact field or value to set
    expect(rule.meta.description.length).toBeGreaterThan(40);
  });

  test('rules with catalog equivalents carry them', () => {
    const withEquivalents = PSS_RULES.filter((r) => Object.keys(r.meta.equivalents ?? {}).length).map((r) => r.meta.id);
    // The probe/lifecycle host check is a gap in every other tool (controls.md section 3, row 12).
    expect(PSS_RULES.map((r) => r.meta.id).filter((id) => !withEquivalents.includes(id))).toEqual(['pss-host-probes-lifecycle']);
  });

  test('no rule throws on odd pod specs', () => {
    const odd = [
      pod({ containers: 'x', initContainers: [null, 3, 'c'], securityContext: 'x', volumes: {} }),
      pod({ containers: [{ securityContext: [] }, { securityContext: { capabilities: 'ALL', seccompProfile: [], seLinuxOptions: null } }] }),
      { kind: 'Pod', spec: null },
      { kind: 'Pod', metadata: { annotations: 'x' }, spec: { containers: [{ name: 1 }] } },
    ];
    for (const rule of PSS_RULES) {
      for (const version of ['v1.0', 'v1.19', 'latest']) {
        expect(runRule(rule, odd, { kubernetesVersion: version }).filter((f) => f.message.includes('failed while checking'))).toEqual([]);
      }
    }
  });
});

describe('behaviourAt (PSA VersionedCheck selection)', () => {
  const a = { since: 0, check: () => [] };
  const b = { since: 19, check: () => [] };
  const c = { since: 25, check: () => [] };

  test('picks the highest since at or below the requested minor, in any order', () => {
    expect(behaviourAt([c, a, b], 0)).toBe(a);
    expect(behaviourAt([c, a, b], 18)).toBe(a);
    expect(behaviourAt([c, a, b], 19)).toBe(b);
    expect(behaviourAt([c, a, b], 24)).toBe(b);
    expect(behaviourAt([c, a, b], 37)).toBe(c);
  });

  test('nothing before the first version', () => {
    expect(behaviourAt([b, c], 18)).toBeUndefined();
  });

  test('definePssRule derives since/versions and refuses an empty behaviour list', () => {
    const meta = {
      id: 'x',
      title: 'x',
      severity: 'error' as const,
      category: 'pod-security' as const,
      description: 'x',
      remediation: 'x',
      standards: { pss: { level: 'baseline' as const, control: 'x' } },
    };
    expect(definePssRule(meta, [c, b]).meta.standards?.pss).toEqual({ level: 'baseline', control: 'x', since: 19, versions: [19, 25] });
    expect(() => definePssRule(meta, [])).toThrow('needs at least one behaviour');
  });

  test('a rule runs the behaviour of each evaluation\'s version, also when versions alternate', () => {
    const says = (message: string) => ({ check: () => [{ path: '/spec', message }] });
    const rule = definePssRule(
      { id: 'x', title: 'x', severity: 'error', category: 'pod-security', description: 'x', remediation: 'x', standards: { pss: { level: 'baseline', control: 'x' } } },
      [{ since: 19, ...says('from 1.19') }, { since: 25, ...says('from 1.25') }],
    );
    const messages = (version: string) => runRule(rule, [pod({ containers: [{ name: 'a' }] })], { kubernetesVersion: version }).map((f) => f.message);
    expect(['v1.25', 'v1.20', 'v1.18', 'v1.30', 'v1.19'].map(messages)).toEqual([['from 1.25'], ['from 1.19'], [], ['from 1.25'], ['from 1.19']]);
  });
});
