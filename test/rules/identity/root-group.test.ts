import { rootGroup } from '../../../src/rules/identity/root-group';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

describe('root-group', () => {
  test('fsGroup 0 alone, or a supplementary 0 alone, gives exactly its own finding', () => {
    const alone = (securityContext: Record<string, unknown>) => runRule(rootGroup, [pod({ securityContext, containers: [safeContainer()] })]).map((f) => f.path);
    expect(alone({ fsGroup: 0 })).toEqual(['/spec/securityContext/fsGroup']);
    expect(alone({ supplementalGroups: [0] })).toEqual(['/spec/securityContext/supplementalGroups/0']);
  });

  test('passes with non-zero groups or none set', () => {
    expect(runRule(rootGroup, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(rootGroup, [pod({ securityContext: { runAsGroup: 10001, fsGroup: 10001, supplementalGroups: [10002] }, containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails for runAsGroup 0 on the pod, fsGroup 0 and a supplementary 0', () => {
    const findings = runRule(rootGroup, [deployment({ securityContext: { runAsGroup: 0, fsGroup: 0, supplementalGroups: [5, 0] }, containers: [safeContainer()] })]);
    expect(findings.map((f) => f.path).sort()).toEqual([
      '/spec/template/spec/securityContext/fsGroup',
      '/spec/template/spec/securityContext/runAsGroup',
      '/spec/template/spec/securityContext/supplementalGroups/1',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  test('a container runAsGroup overrides the pod in both directions', () => {
    const override = (pg: number, cg: number) =>
      runRule(rootGroup, [pod({ securityContext: { runAsGroup: pg }, containers: [safeContainer('a', { securityContext: { runAsGroup: cg } })] })]);
    expect(override(0, 10001)).toEqual([]);
    const [f] = override(10001, 0);
    expect(f).toMatchObject({ path: '/spec/containers/0/securityContext/runAsGroup', container: 'a' });
    expect(f.message).toBe('container "a" runs with runAsGroup 0 (root)');
  });

  test('init and ephemeral containers count; a string "0" counts and is noted', () => {
    const spec = { containers: [safeContainer()], initContainers: [safeContainer('i', { securityContext: { runAsGroup: '0' } })], ephemeralContainers: [safeContainer('e', { securityContext: { runAsGroup: 0 } })] };
    const findings = runRule(rootGroup, [pod(spec)]);
    expect(findings.map((f) => f.container).sort()).toEqual(['e', 'i']);
    expect(findings.find((f) => f.container === 'i')!.message).toContain('not an integer');
  });

  test('user-namespaced pods are skipped', () => {
    expect(runRule(rootGroup, [pod({ hostUsers: false, securityContext: { runAsGroup: 0 }, containers: [safeContainer()] })])).toEqual([]);
  });
});

describe('root-group findings in detail', () => {
  test('pod-level runAsGroup 0 shared by two containers, fsGroup and supplementalGroups messages', () => {
    const findings = runRule(rootGroup, [pod({ securityContext: { runAsGroup: 0, fsGroup: '0', supplementalGroups: [0] }, containers: [safeContainer('a'), safeContainer('b')] })]);
    expect(findings.map((f) => ({ path: f.path, container: f.container, message: f.message }))).toEqual([
      { path: '/spec/securityContext/runAsGroup', container: undefined, message: 'container "a", container "b" run with runAsGroup 0 (root)' },
      { path: '/spec/securityContext/fsGroup', container: undefined, message: 'the pod sets fsGroup 0 (root) (the value is a string, not an integer: the Kubernetes API would reject this manifest), so its volumes are owned by group root' },
      { path: '/spec/securityContext/supplementalGroups/0', container: undefined, message: 'the pod adds supplementary group 0 (root) to every container' },
    ]);
  });
});
