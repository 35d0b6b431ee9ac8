import { lowGroupId } from '../../../src/rules/identity/low-group-id';
import { pod, runRule, safeContainer } from '../../support/manifests';

describe('low-group-id', () => {
  test('passes with high GIDs everywhere', () => {
    expect(runRule(lowGroupId, [pod({ securityContext: { runAsGroup: 10001, fsGroup: 10001, supplementalGroups: [20000] }, containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports unset runAsGroup once for the pod', () => {
    const findings = runRule(lowGroupId, [pod({ containers: [safeContainer('a'), safeContainer('b')] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('runAsGroup is set neither on the pod nor on container "a", container "b", so the image\'s group (usually 0) applies');
  });

  test('reports low runAsGroup, fsGroup and supplementalGroups entries with paths', () => {
    const findings = runRule(lowGroupId, [pod({ securityContext: { runAsGroup: 100, fsGroup: 2000, supplementalGroups: [10001, 44] }, containers: [safeContainer()] })]);
    expect(findings.map((f) => f.path).sort()).toEqual(['/spec/securityContext/fsGroup', '/spec/securityContext/runAsGroup', '/spec/securityContext/supplementalGroups/1']);
    expect(findings.find((f) => f.path.endsWith('/1'))!.message).toBe('the pod adds supplementary group 44, below 10000');
  });

  test('container override, wrong types and the minGroupId option', () => {
    const spec = { securityContext: { runAsGroup: 10001 }, containers: [safeContainer('a', { securityContext: { runAsGroup: 'abc' } })] };
    expect(runRule(lowGroupId, [pod(spec)])[0].message).toContain('GID "abc" (the value is a string');
    expect(runRule(lowGroupId, [pod({ securityContext: { runAsGroup: 1500 }, containers: [safeContainer()] })], { ruleOptions: { minGroupId: 1000 } })).toEqual([]);
  });

  test('Windows pods are skipped', () => {
    expect(runRule(lowGroupId, [pod({ os: { name: 'windows' }, containers: [safeContainer()] })])).toEqual([]);
  });
});

describe('low-group-id findings in detail', () => {
  const details = (spec: Record<string, unknown>, options?: Record<string, unknown>) =>
    runRule(lowGroupId, [pod(spec)], { ruleOptions: options }).map((f) => ({ path: f.path, container: f.container, message: f.message }));

  test('a pod-level GID shared by several containers is one finding without a container', () => {
    expect(details({ securityContext: { runAsGroup: 100 }, containers: [safeContainer('a'), safeContainer('b')] })).toEqual([
      { path: '/spec/securityContext/runAsGroup', container: undefined, message: 'container "a", container "b" run with GID 100, below 10000' },
    ]);
  });

  test('a container-level GID names its container', () => {
    expect(details({ securityContext: { runAsGroup: 10001 }, containers: [safeContainer('a', { securityContext: { runAsGroup: 100 } }), safeContainer('b')] })).toEqual([
      { path: '/spec/containers/0/securityContext/runAsGroup', container: 'a', message: 'container "a" runs with GID 100, below 10000' },
    ]);
  });

  test('an unset (null) runAsGroup in a single container names it and points at the pod field', () => {
    expect(details({ securityContext: { runAsGroup: null }, containers: [safeContainer('a')] })).toEqual([
      { path: '/spec/securityContext/runAsGroup', container: 'a', message: 'runAsGroup is set neither on the pod nor on container "a", so the image\'s group (usually 0) applies' },
    ]);
  });

  test('an undefined supplementalGroups entry (a manifest built in code) is not a GID and is reported', () => {
    expect(details({ securityContext: { runAsGroup: 10001, supplementalGroups: [20000, undefined] }, containers: [safeContainer()] })).toEqual([
      { path: '/spec/securityContext/supplementalGroups/1', container: undefined, message: 'the pod adds supplementary group undefined, below 10000' },
    ]);
  });

  test('the minimum itself is allowed; a quoted GID is reported for its type even when high', () => {
    expect(details({ securityContext: { runAsGroup: 10000, fsGroup: 10000, supplementalGroups: [10000] }, containers: [safeContainer()] })).toEqual([]);
    expect(details({ securityContext: { runAsGroup: '20000', fsGroup: 5 }, containers: [safeContainer()] })).toEqual([
      { path: '/spec/securityContext/runAsGroup', container: 'app', message: 'container "app" runs with GID 20000 (the value is a string, not an integer: the Kubernetes API would reject this manifest), below 10000' },
      { path: '/spec/securityContext/fsGroup', container: undefined, message: 'the pod sets fsGroup 5, below 10000' },
    ]);
  });
});
