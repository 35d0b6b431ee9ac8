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
  test('lists all other workloads; unnamespaced and unnamed ones are described plainly', () => {
    const bare = (metadata: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec: { securityContext: { runAsUser: 10001 }, containers: [safeContainer()] } });
    const findings = runRule(uniqueUserId, [withUid(10001, 'a'), bare({ name: 'p' }), bare({})]);
    expect(findings.find((f) => f.resource.name === 'a')!.message).toBe('runAsUser 10001 is also used by Pod p, Pod (unnamed)');
  });

  test('non-numeric UIDs and user-namespaced pods are not compared', () => {
    expect(runRule(uniqueUserId, [withUid('nobody', 'a'), withUid('nobody', 'b')])).toEqual([]);
    const userNs = deployment({ hostUsers: false, securityContext: { runAsUser: 10001 }, containers: [safeContainer()] }, 'b');
    expect(runRule(uniqueUserId, [withUid(10001, 'a'), userNs])).toEqual([]);
  });
});
