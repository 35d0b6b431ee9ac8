import { safeSysctlsAt, sysctls } from '../../../src/rules/pss/sysctls';
import { bare, check, paths } from './helpers';

const withSysctls = (...names: unknown[]) => ({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) }, containers: [bare()] });

describe('pss-sysctls', () => {
  test('the 1.0 allow-list passes at every version', () => {
    const spec = withSysctls('kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start');
    for (const version of ['v1.0', 'v1.26', 'latest']) expect(check(sysctls, spec, version)).toEqual([]);
  });

  test('unsafe sysctls fail, pointing at the entry name', () => {
    const findings = check(sysctls, withSysctls('net.ipv4.tcp_syncookies', 'kernel.msgmax', 'net.core.somaxconn'), 'v1.30');
    expect(paths(findings)).toEqual(['/spec/securityContext/sysctls/1/name', '/spec/securityContext/sysctls/2/name']);
    expect(findings[0].message).toBe('the pod sets the sysctl "kernel.msgmax", which is not in the baseline allow-list at v1.30');
  });

  test.each([
    ['net.ipv4.ip_local_reserved_ports', 27],
    ['net.ipv4.tcp_keepalive_time', 29],
    ['net.ipv4.tcp_fin_timeout', 29],
    ['net.ipv4.tcp_keepalive_intvl', 29],
    ['net.ipv4.tcp_keepalive_probes', 29],
    ['net.ipv4.tcp_rmem', 32],
    ['net.ipv4.tcp_wmem', 32],
    ['net.ipv4.tcp_slow_start_after_idle', 37],
    ['net.ipv4.tcp_notsent_lowat', 37],
  ])('%s is allowed from v1.%d, not before', (name, minor) => {
    const before = check(sysctls, withSysctls(name), `v1.${minor - 1}`);
    expect(before).toHaveLength(1);
    expect(before[0].message).toContain(`(it is allowed from v1.${minor})`);
    expect(check(sysctls, withSysctls(name), `v1.${minor}`)).toEqual([]);
    expect(check(sysctls, withSysctls(name), 'latest')).toEqual([]);
  });

  test('the allow-list grows monotonically', () => {
    expect(safeSysctlsAt(26).size).toBe(5);
    expect(safeSysctlsAt(27).size).toBe(6);
    expect(safeSysctlsAt(29).size).toBe(10);
    expect(safeSysctlsAt(32).size).toBe(12);
    expect(safeSysctlsAt(37).size).toBe(14);
  });

  test('names are compared exactly and wrong types fail', () => {
    const findings = check(sysctls, withSysctls('NET.IPV4.TCP_SYNCOOKIES', 42, undefined));
    expect(findings).toHaveLength(3);
    expect(findings[1].message).toContain('42 (the value is a number, not a string');
  });

  test('odd sysctls values do not throw', () => {
    expect(check(sysctls, { securityContext: { sysctls: 'kernel.msgmax' }, containers: [bare()] })).toEqual([]);
  });
});

describe('pss-sysctls malformed entries', () => {
  test('an entry without a name is reported with an empty name', () => {
    expect(check(sysctls, { securityContext: { sysctls: [{ value: '1' }] }, containers: [bare()] }, 'v1.30').map((f) => f.message)).toEqual([
      'the pod sets the sysctl "", which is not in the baseline allow-list at v1.30',
    ]);
  });
});
