import { uniqueUserId } from '../../../src/rules/identity/unique-user-id';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const withUid = (uid: unknown, name: string) => deployment({ securityContext: { runAsUser: uid }, containers: [safeContainer()] }, name);

describe('unique-user-id', () => {
  test('passes when each workload has its own UID, or none', () => {
    expect(runRule(uniqueUserId, [withUid(10001, 'a'), withUid(10002, 'b'), deployment({ containers: [safeContainer()] }, 'c')])).toEqual([]);
  });

  test('containers of one workload may share a UID', () => {
    expect(runRule(uniqueUserId, [deployment({ securityContext: { runAsUser: 10001 }, containers: [safeContainer('a'), safeContainer('b')] })])).toEqual([]);
  });

  test('reports every workload sharing a UID, naming the others', () => {
    const findings = runRule(uniqueUserId, [withUid(10001, 'a'), withUid(10001, 'b')]);
    expect(findings).toHaveLength(2);
    const a = findings.find((f) => f.resource.name === 'a')!;
    expect(a.path).toBe('/spec/template/spec/securityContext/runAsUser');
    expect(a.message).toBe('runAsUser 10001 is also used by Deployment team/b');
  });

  test('compares effective container values, including a Pod', () => {
    const p = pod({ containers: [safeContainer('x', { securityContext: { runAsUser: 10001 } })] });
    const [f] = runRule(uniqueUserId, [withUid(10002, 'a'), p, withUid(10001, 'b')]).filter((x) => x.resource.kind === 'Pod');
    expect(f.path).toBe('/spec/containers/0/securityContext/runAsUser');
  });
});

describe('unique-user-id details', () => {
  test('lists the other workloads; unnamespaced and unnamed ones are described plainly', () => {
    const bare = (metadata: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec: { securityContext: { runAsUser: 10001 }, containers: [safeContainer()] } });
    const findings = runRule(uniqueUserId, [withUid(10001, 'a'), bare({ name: 'p' }), bare({})]);
    expect(findings.find((f) => f.resource.name === 'a')!.message).toBe('runAsUser 10001 is also used by Pod p, Pod (unnamed)');
  });

  test('names at most a few of the others and counts the rest, so n workloads of one UID do not make n² names', () => {
    const findings = runRule(uniqueUserId, ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => withUid(10001, name)));
    expect(findings).toHaveLength(6);
    const message = (name: string) => findings.find((f) => f.resource.name === name)!.message;
    expect(message('a')).toBe('runAsUser 10001 is also used by Deployment team/b, Deployment team/c, Deployment team/d and 2 more');
    expect(message('c')).toBe('runAsUser 10001 is also used by Deployment team/a, Deployment team/b, Deployment team/d and 2 more');
    expect(message('f')).toBe('runAsUser 10001 is also used by Deployment team/a, Deployment team/b, Deployment team/c and 2 more');
    const four = runRule(uniqueUserId, ['a', 'b', 'c', 'd'].map((name) => withUid(10001, name)));
    expect(four.find((f) => f.resource.name === 'b')!.message).toBe('runAsUser 10001 is also used by Deployment team/a, Deployment team/c, Deployment team/d');
  });

  test('2,000 workloads of one UID give messages of bounded length', () => {
    const findings = runRule(uniqueUserId, Array.from({ length: 2000 }, (_, i) => withUid(1000, `w${i}`)));
    expect(findings).toHaveLength(2000);
    expect(Math.max(...findings.map((f) => f.message.length))).toBeLessThan(200);
    expect(findings[0].message).toMatch(/ and 1996 more$/);
  });

  test('non-numeric UIDs and user-namespaced pods are not compared', () => {
    expect(runRule(uniqueUserId, [withUid('nobody', 'a'), withUid('nobody', 'b')])).toEqual([]);
    const userNs = deployment({ hostUsers: false, securityContext: { runAsUser: 10001 }, containers: [safeContainer()] }, 'b');
    expect(runRule(uniqueUserId, [withUid(10001, 'a'), userNs])).toEqual([]);
  });
});
