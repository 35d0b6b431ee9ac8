import { seLinux } from '../../../src/rules/pss/selinux';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

describe('pss-selinux', () => {
  test.each(['container_t', 'container_init_t', 'container_kvm_t', ''])('type %j passes at every version', (type) => {
    for (const version of ['v1.0', 'v1.30', 'latest']) {
      expect(check(seLinux, { securityContext: { seLinuxOptions: { type, level: 's0:c123,c456' } }, containers: [bare()] }, version)).toEqual([]);
    }
  });

  test('options without type, user or role pass (level is free)', () => {
    expect(check(seLinux, { containers: [withSc('a', { seLinuxOptions: { level: 's0' } })] })).toEqual([]);
  });

  test('container_engine_t is allowed from 1.31 (boundary 1.30 → 1.31)', () => {
    const spec = { containers: [withSc('app', { seLinuxOptions: { type: 'container_engine_t' } })] };
    expect(paths(check(seLinux, spec, 'v1.30'))).toEqual(['/spec/containers/0/securityContext/seLinuxOptions/type']);
    expect(check(seLinux, spec, 'v1.31')).toEqual([]);
    expect(check(seLinux, spec, 'latest')).toEqual([]);
  });

  test('other types, any user and any role fail, at pod and container level', () => {
    const spec = {
      securityContext: { seLinuxOptions: { type: 'spc_t' } },
      initContainers: [withSc('i', { seLinuxOptions: { user: 'system_u' } })],
      containers: [withSc('app', { seLinuxOptions: { role: 'system_r', type: 'container_t' } })],
      ephemeralContainers: [withSc('e', { seLinuxOptions: { type: 'unconfined_t' } })],
    };
    const findings = check(seLinux, spec);
    expect(paths(findings)).toEqual([
      '/spec/containers/0/securityContext/seLinuxOptions/role',
      '/spec/ephemeralContainers/0/securityContext/seLinuxOptions/type',
      '/spec/initContainers/0/securityContext/seLinuxOptions/user',
      '/spec/securityContext/seLinuxOptions/type',
    ]);
    expect(findings.find((f) => f.container === 'i')!.message).toBe(
      'init container "i" sets securityContext.seLinuxOptions.user="system_u"; setting the SELinux user is forbidden',
    );
  });

  test('wrong types fail with a note instead of being ignored', () => {
    const findings = check(seLinux, { containers: [withSc('a', { seLinuxOptions: 'spc_t' }), withSc('b', { seLinuxOptions: { type: 5 } })] });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('seLinuxOptions="spc_t" (the value is a string, not an object'),
      expect.stringContaining('seLinuxOptions.type=5 (the value is a number, not a string'),
    ]);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(seLinux, { securityContext: { seLinuxOptions: { user: 'u' } }, containers: [bare()] });
    expect(r).toEqual({ Pod: ['/securityContext/seLinuxOptions/user'], Deployment: ['/securityContext/seLinuxOptions/user'], CronJob: ['/securityContext/seLinuxOptions/user'] });
  });
});

describe('pss-selinux details', () => {
  test('pod-level user is reported with the pod field name', () => {
    expect(check(seLinux, { securityContext: { seLinuxOptions: { user: 'system_u' } }, containers: [bare()] }).map((f) => [f.path, f.message])).toEqual([
      ['/spec/securityContext/seLinuxOptions/user', 'the pod sets spec.securityContext.seLinuxOptions.user="system_u"; setting the SELinux user is forbidden'],
    ]);
  });

  test('options with only a level, or an empty user or role, pass', () => {
    expect(check(seLinux, { securityContext: { seLinuxOptions: { level: 's0:c123,c456', user: '', role: '' } }, containers: [bare()] })).toEqual([]);
  });
});
