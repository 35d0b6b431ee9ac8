import { capabilitiesBaseline } from '../../../src/rules/pss/capabilities-baseline';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const adds = (name: string, add: unknown[]) => withSc(name, { capabilities: { add } });

describe('pss-capabilities-baseline', () => {
  test('adding only default capabilities passes', () => {
    const all = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];
    expect(check(capabilitiesBaseline, { containers: [adds('app', all), bare('b'), withSc('c', { capabilities: { drop: ['ALL'] } })] }, 'v1.0')).toEqual([]);
  });

  test('each other capability fails, in any container type', () => {
    const spec = {
      initContainers: [adds('init', ['NET_ADMIN'])],
      containers: [adds('app', ['CHOWN', 'SYS_ADMIN'])],
      ephemeralContainers: [adds('dbg', ['SYS_PTRACE', 'ALL'])],
    };
    const findings = check(capabilitiesBaseline, spec);
    expect(paths(findings)).toEqual([
      '/spec/containers/0/securityContext/capabilities/add/1',
      '/spec/ephemeralContainers/0/securityContext/capabilities/add/0',
      '/spec/ephemeralContainers/0/securityContext/capabilities/add/1',
      '/spec/initContainers/0/securityContext/capabilities/add/0',
    ]);
    expect(findings.find((f) => f.container === 'app')!.message).toBe(
      'container "app" adds the capability "SYS_ADMIN"; baseline allows adding only the runtime default capabilities',
    );
  });

  test('names are compared exactly, like PSA, and the message says how to spell them', () => {
    const findings = check(capabilitiesBaseline, { containers: [adds('app', ['chown', 'CAP_KILL', 'cap_sys_admin'])] });
    expect(findings.map((f) => f.message)).toEqual([
      'container "app" adds the capability "chown" (Pod Security Admission compares capability names exactly: write "CHOWN"); baseline allows adding only the runtime default capabilities',
      'container "app" adds the capability "CAP_KILL" (Pod Security Admission compares capability names exactly: write "KILL"); baseline allows adding only the runtime default capabilities',
      'container "app" adds the capability "cap_sys_admin"; baseline allows adding only the runtime default capabilities',
    ]);
  });

  test('wrong types fail with a note', () => {
    const [f] = check(capabilitiesBaseline, { containers: [adds('app', [7])] });
    expect(f.message).toContain('capability 7 (the value is a number, not a string');
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(capabilitiesBaseline, { containers: [adds('a', ['NET_RAW'])] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/securityContext/capabilities/add/0']);
  });
});

describe('pss-capabilities-baseline spelling notes', () => {
  const messages = (add: unknown[]) => check(capabilitiesBaseline, { containers: [adds('app', add)] }).map((f) => f.message);

  test('a forbidden capability gets no spelling note', () => {
    expect(messages(['SYS_ADMIN'])).toEqual(['container "app" adds the capability "SYS_ADMIN"; baseline allows adding only the runtime default capabilities']);
  });

  test('a padded lower-case spelling of an allowed capability is explained', () => {
    expect(messages([' chown '])).toEqual(['container "app" adds the capability " chown " (Pod Security Admission compares capability names exactly: write "CHOWN"); baseline allows adding only the runtime default capabilities']);
  });

  test('only a leading CAP_ counts as the prefix: a name with CAP_ inside is not a spelling of another', () => {
    expect(messages(['SYS_CAP_CHROOT'])).toEqual(['container "app" adds the capability "SYS_CAP_CHROOT"; baseline allows adding only the runtime default capabilities']);
  });
});
