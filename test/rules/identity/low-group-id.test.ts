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
