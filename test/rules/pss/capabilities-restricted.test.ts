import { capabilitiesRestricted } from '../../../src/rules/pss/capabilities-restricted';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const caps = (name: string, capabilities: Record<string, unknown>) => withSc(name, { capabilities });

describe('pss-capabilities-restricted', () => {
  test('does not exist before 1.22 (boundary 1.21 → 1.22)', () => {
    expect(check(capabilitiesRestricted, { containers: [bare()] }, 'v1.21')).toEqual([]);
    expect(check(capabilitiesRestricted, { containers: [bare()] }, 'v1.22')).toHaveLength(1);
  });

  test('drop ALL with at most NET_BIND_SERVICE added passes', () => {
    const spec = { containers: [caps('a', { drop: ['ALL'] }), caps('b', { drop: ['NET_RAW', 'ALL'], add: ['NET_BIND_SERVICE'] })] };
    expect(check(capabilitiesRestricted, spec)).toEqual([]);
  });

  test('every container type must drop ALL', () => {
    const spec = { initContainers: [bare('i')], containers: [caps('a', { drop: ['ALL'] })], ephemeralContainers: [caps('e', { drop: ['NET_RAW'] })] };
    const findings = check(capabilitiesRestricted, spec);
    expect(findings.map((f) => [f.container, f.message])).toEqual([
      ['i', 'init container "i" does not drop ALL capabilities'],
      ['e', 'ephemeral container "e" does not drop ALL capabilities (capabilities.drop is ["NET_RAW"])'],
    ]);
  });

  test('drop "all" fails (PSA compares exactly) and the message says so', () => {
    const [f] = check(capabilitiesRestricted, { containers: [caps('a', { drop: ['all'] })] });
    expect(f.message).toBe('container "a" drops "all" but not "ALL" (Pod Security Admission compares capability names exactly)');
    expect(f.path).toBe('/spec/containers/0/securityContext/capabilities/drop');
  });

  test('adding anything but NET_BIND_SERVICE fails, even a baseline default', () => {
    const findings = check(capabilitiesRestricted, { containers: [caps('a', { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN', 'net_bind_service'] })] });
    expect(paths(findings)).toEqual(['/spec/containers/0/securityContext/capabilities/add/1', '/spec/containers/0/securityContext/capabilities/add/2']);
    expect(findings[1].message).toContain('write "NET_BIND_SERVICE"');
  });

  test('Windows pods are exempt from 1.25 (boundary 1.24 → 1.25)', () => {
    const spec = { os: { name: 'windows' }, containers: [caps('a', { add: ['SYS_ADMIN'] })] };
    expect(check(capabilitiesRestricted, spec, 'v1.24')).toHaveLength(2);
    expect(check(capabilitiesRestricted, spec, 'v1.25')).toEqual([]);
    expect(check(capabilitiesRestricted, { ...spec, os: { name: 'Windows' } }, 'v1.25')).toHaveLength(2);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(capabilitiesRestricted, { containers: [caps('a', { drop: ['ALL'], add: ['SYS_TIME'] })] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/securityContext/capabilities/add/0']);
  });
});

describe('pss-capabilities-restricted messages', () => {
  const messages = (securityContext: Record<string, unknown>) => check(capabilitiesRestricted, { containers: [withSc('app', securityContext)] }).map((f) => f.message);

  test('a near miss of ALL is named; other drop lists are shown as they are', () => {
    expect(messages({ capabilities: { drop: [' all '] } })).toEqual(['container "app" drops " all " but not "ALL" (Pod Security Admission compares capability names exactly)']);
    expect(messages({ capabilities: { drop: ['NET_RAW', 5, ''] } })).toEqual(['container "app" does not drop ALL capabilities (capabilities.drop is ["NET_RAW",5,""])']);
  });

  test('a forbidden add says what restricted allows', () => {
    expect(messages({ capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } })).toEqual(['container "app" adds the capability "SYS_ADMIN"; restricted allows adding only NET_BIND_SERVICE']);
  });
});
