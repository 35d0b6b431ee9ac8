import { dangerousCapabilities } from '../../../src/rules/capabilities/dangerous-capabilities';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const withAdd = (add: unknown, name = 'app') => safeContainer(name, { securityContext: { capabilities: { drop: ['ALL'], add } } });

describe('dangerous-capabilities', () => {
  test('passes for harmless additions and none', () => {
    expect(runRule(dangerousCapabilities, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(dangerousCapabilities, [pod({ containers: [withAdd(['NET_BIND_SERVICE', 'CHOWN'])] })])).toEqual([]);
  });

  test('fails for SYS_ADMIN with the path of the entry', () => {
    const [f] = runRule(dangerousCapabilities, [pod({ containers: [withAdd(['NET_BIND_SERVICE', 'SYS_ADMIN'])] })]);
    expect(f.path).toBe('/spec/containers/0/securityContext/capabilities/add/1');
    expect(f.message).toBe('container "app" adds the dangerous capability SYS_ADMIN');
  });

  test.each([
    ['CAP_SYS_ADMIN', 'SYS_ADMIN'],
    ['sys_admin', 'SYS_ADMIN'],
    ['cap_bpf', 'BPF'],
    ['Sys_Ptrace', 'SYS_PTRACE'],
  ])('every spelling counts: %s', (cap, canonical) => {
    const [f] = runRule(dangerousCapabilities, [pod({ containers: [withAdd([cap])] })]);
    expect(f.message).toBe(`container "app" adds the dangerous capability ${canonical} (written "${cap}")`);
  });

  test('surrounding blanks are ignored', () => {
    expect(runRule(dangerousCapabilities, [pod({ containers: [withAdd([' ALL '])] })])[0].message).toBe('container "app" adds the dangerous capability ALL');
  });

  test('init, ephemeral and CronJob containers are checked', () => {
    const spec = { containers: [safeContainer()], initContainers: [withAdd(['NET_ADMIN'], 'init')], ephemeralContainers: [withAdd(['SYS_MODULE'], 'dbg')] };
    const findings = runRule(dangerousCapabilities, [cronJob(spec)]);
    expect(findings.map((f) => f.container).sort()).toEqual(['dbg', 'init']);
    expect(findings.find((f) => f.container === 'init')!.path).toBe('/spec/jobTemplate/spec/template/spec/initContainers/0/securityContext/capabilities/add/0');
  });

  test('the capabilities option replaces the list', () => {
    expect(runRule(dangerousCapabilities, [pod({ containers: [withAdd(['SYS_ADMIN'])] })], { ruleOptions: { capabilities: ['CAP_CHOWN'] } })).toEqual([]);
    expect(runRule(dangerousCapabilities, [pod({ containers: [withAdd(['chown'])] })], { ruleOptions: { capabilities: ['CAP_CHOWN'] } })).toHaveLength(1);
  });

  test('wrong types do not throw', () => {
    expect(runRule(dangerousCapabilities, [pod({ containers: [withAdd('SYS_ADMIN'), withAdd([7, null], 'b')] })])).toEqual([]);
  });
});

describe('dangerous-capabilities option', () => {
  test('non-string entries of the capabilities option are ignored; the others are normalized', () => {
    const findings = runRule(dangerousCapabilities, [pod({ containers: [withAdd(['SYS_ADMIN', 'NET_ADMIN'])] })], { ruleOptions: { capabilities: [42, 'cap_sys_admin'] } });
    expect(findings.map((f) => f.message)).toEqual(['container "app" adds the dangerous capability SYS_ADMIN']);
  });
});
