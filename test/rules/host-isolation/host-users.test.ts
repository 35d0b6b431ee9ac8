import { hostUsers } from '../../../src/rules/host-isolation/host-users';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

describe('host-users', () => {
  test('passes with hostUsers: false', () => {
    expect(runRule(hostUsers, [pod({ hostUsers: false, containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports at info when unset, or true', () => {
    const [f] = runRule(hostUsers, [deployment({ containers: [safeContainer()] })]);
    expect(f.severity).toBe('info');
    expect(f.path).toBe('/spec/template/spec');
    expect(f.message).toContain('does not set hostUsers: false');
    expect(runRule(hostUsers, [pod({ hostUsers: true, containers: [safeContainer()] })])[0].path).toBe('/spec/hostUsers');
  });

  test('a string "false" fails: the API would reject it', () => {
    expect(runRule(hostUsers, [pod({ hostUsers: 'false', containers: [safeContainer()] })])[0].message).toContain('not a boolean');
  });

  test('skips Windows pods and pods sharing host namespaces, where user namespaces are impossible', () => {
    expect(runRule(hostUsers, [pod({ os: { name: 'windows' }, containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(hostUsers, [pod({ hostNetwork: true, containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports nothing for target versions before 1.33, where the feature is off by default', () => {
    expect(runRule(hostUsers, [pod({ containers: [safeContainer()] })], { kubernetesVersion: 'v1.32' })).toEqual([]);
    expect(runRule(hostUsers, [pod({ containers: [safeContainer()] })], { kubernetesVersion: 'v1.33' })).toHaveLength(1);
  });
});

describe('host-users and host namespaces', () => {
  test.each(['hostNetwork', 'hostPID', 'hostIPC'])('a pod with %s is left to the host namespace rules', (field) => {
    expect(runRule(hostUsers, [pod({ [field]: true, containers: [safeContainer()] })])).toEqual([]);
  });
});
