import { dropNetRaw } from '../../../src/rules/capabilities/drop-net-raw';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const caps = (capabilities: unknown, name = 'app') => safeContainer(name, { securityContext: { capabilities } });

describe('drop-net-raw', () => {
  test('passes when ALL or NET_RAW (any spelling) is dropped', () => {
    expect(runRule(dropNetRaw, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(dropNetRaw, [pod({ containers: [caps({ drop: ['NET_RAW'] })] })])).toEqual([]);
    expect(runRule(dropNetRaw, [pod({ containers: [caps({ drop: ['cap_net_raw'] })] })])).toEqual([]);
  });

  test('fails when nothing is dropped, pointing at capabilities.drop', () => {
    const [f] = runRule(dropNetRaw, [deployment({ containers: [{ name: 'web', image: 'x:1' }] })]);
    // The pointer names the missing field; the engine reports its nearest existing parent.
    expect(f.path).toBe('/spec/template/spec/containers/0');
    const [g] = runRule(dropNetRaw, [pod({ containers: [caps({ drop: ['CHOWN'] })] })]);
    expect(g.path).toBe('/spec/containers/0/securityContext/capabilities/drop');
    expect(f.message).toContain('container "web" does not drop NET_RAW');
  });

  test('fails when NET_RAW or ALL is added back after drop ALL', () => {
    const [f] = runRule(dropNetRaw, [pod({ containers: [caps({ drop: ['ALL'], add: ['NET_RAW'] })] })]);
    expect(f.path).toBe('/spec/containers/0/securityContext/capabilities/add/0');
    expect(runRule(dropNetRaw, [pod({ containers: [caps({ drop: ['ALL'], add: ['all'] })] })])[0].message).toContain('adds ALL');
  });

  test('init and ephemeral containers are checked; Windows pods are skipped', () => {
    const spec = { containers: [safeContainer()], initContainers: [caps({}, 'init')], ephemeralContainers: [caps({ drop: 'ALL' }, 'dbg')] };
    expect(runRule(dropNetRaw, [pod(spec)]).map((f) => f.container).sort()).toEqual(['dbg', 'init']);
    expect(runRule(dropNetRaw, [pod({ ...spec, os: { name: 'windows' } })])).toEqual([]);
  });
});

describe('drop-net-raw: other added capabilities', () => {
  test('adding an unrelated capability after dropping ALL passes', () => {
    expect(runRule(dropNetRaw, [pod({ containers: [caps({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] })] })])).toEqual([]);
  });
});
