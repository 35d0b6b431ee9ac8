import { procMount } from '../../../src/rules/pss/proc-mount';
import { procMountRestricted } from '../../../src/rules/pss/proc-mount-restricted';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const unmasked = (extra: Record<string, unknown> = {}) => ({
  initContainers: [withSc('i', { procMount: 'Unmasked' })],
  containers: [withSc('app', { procMount: 'Default' })],
  ephemeralContainers: [withSc('e', { procMount: 'Unmasked' })],
  ...extra,
});

describe('pss-proc-mount (baseline)', () => {
  test('passes for unset or Default', () => {
    expect(check(procMount, { containers: [bare(), withSc('d', { procMount: 'Default' })] })).toEqual([]);
  });

  test('fails for Unmasked in any container type', () => {
    const findings = check(procMount, unmasked(), 'v1.34');
    expect(paths(findings)).toEqual(['/spec/ephemeralContainers/0/securityContext/procMount', '/spec/initContainers/0/securityContext/procMount']);
    expect(findings[0].message).toContain('sets securityContext.procMount="Unmasked"');
  });

  test('hostUsers: false relaxes it from 1.35 (boundary 1.34 → 1.35)', () => {
    const spec = unmasked({ hostUsers: false });
    expect(check(procMount, spec, 'v1.34')).toHaveLength(2);
    expect(check(procMount, spec, 'v1.35')).toEqual([]);
    expect(check(procMount, spec, 'latest')).toEqual([]);
  });

  test('hostUsers: true, unset or a mistyped "false" keeps the check at 1.35', () => {
    expect(check(procMount, unmasked({ hostUsers: true }), 'v1.35')).toHaveLength(2);
    expect(check(procMount, unmasked(), 'v1.35')).toHaveLength(2);
    expect(check(procMount, unmasked({ hostUsers: 'false' }), 'v1.35')).toHaveLength(2);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(procMount, { containers: [withSc('a', { procMount: 'Unmasked' })] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/securityContext/procMount']);
  });
});

describe('pss-proc-mount-restricted', () => {
  test('does not exist before 1.35', () => {
    expect(check(procMountRestricted, unmasked(), 'v1.34')).toEqual([]);
  });

  test('from 1.35 fails for Unmasked even with hostUsers: false', () => {
    expect(paths(check(procMountRestricted, unmasked({ hostUsers: false }), 'v1.35'))).toEqual([
      '/spec/ephemeralContainers/0/securityContext/procMount',
      '/spec/initContainers/0/securityContext/procMount',
    ]);
  });

  test('passes for Default or unset', () => {
    expect(check(procMountRestricted, { hostUsers: false, containers: [bare(), withSc('d', { procMount: 'Default' })] }, 'latest')).toEqual([]);
  });

  test('replaces the baseline procMount control', () => {
    expect(procMountRestricted.meta.standards?.pss).toEqual({ level: 'restricted', control: 'procMount_restricted', overrides: 'procMount', since: 35, versions: [35] });
  });
});

describe('pss-proc-mount messages', () => {
  test('from 1.35 the message says the pod shares the host user namespace', () => {
    const spec = { containers: [withSc('app', { procMount: 'Unmasked' })] };
    expect(check(procMount, spec, 'v1.34').map((f) => f.message)).toEqual(['container "app" sets securityContext.procMount="Unmasked"; only Default is allowed']);
    expect(check(procMount, spec, 'v1.35').map((f) => f.message)).toEqual(['container "app" sets securityContext.procMount="Unmasked" while the pod shares the host user namespace; only Default is allowed']);
  });
});
