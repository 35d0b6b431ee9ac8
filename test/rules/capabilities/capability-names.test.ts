import { analyzeInput } from '../../../src/engine/analyze';
import { capabilityEntries } from '../../../src/rules/capabilities/capability-names';

function containers(capabilities: unknown) {
  const [object] = analyzeInput({
    manifest: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'a', securityContext: { capabilities } }, { name: 'b' }] } },
  });
  return object.podSpecs[0].containers;
}

describe('capabilityEntries', () => {
  test('normalizes the string entries of each list, with their paths, and skips other values', () => {
    const [a, b] = containers({ add: [' cap_net_admin ', 7, 'SYS_TIME'], drop: ['all'] });
    expect(capabilityEntries(a, 'add')).toEqual([
      { name: 'NET_ADMIN', raw: ' cap_net_admin ', path: '/spec/containers/0/securityContext/capabilities/add/0' },
      { name: 'SYS_TIME', raw: 'SYS_TIME', path: '/spec/containers/0/securityContext/capabilities/add/2' },
    ]);
    expect(capabilityEntries(a, 'drop')).toEqual([{ name: 'ALL', raw: 'all', path: '/spec/containers/0/securityContext/capabilities/drop/0' }]);
    expect(capabilityEntries(b, 'add')).toEqual([]);
  });

  test('asking again (as several rules do) gives the same entries, per container and list', () => {
    const [a, b] = containers({ add: ['NET_RAW'], drop: ['KILL'] });
    const first = capabilityEntries(a, 'add');
    expect(capabilityEntries(a, 'add')).toBe(first);
    expect(capabilityEntries(a, 'drop').map((e) => e.name)).toEqual(['KILL']);
    expect(capabilityEntries(b, 'add')).toEqual([]);
    // Another analysis of other manifests reads its own entries.
    const [other] = containers({ add: ['SYS_ADMIN'] });
    expect(capabilityEntries(other, 'add').map((e) => e.name)).toEqual(['SYS_ADMIN']);
  });
});
