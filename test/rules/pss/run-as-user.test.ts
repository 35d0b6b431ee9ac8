import { runAsUser } from '../../../src/rules/pss/run-as-user';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

describe('pss-run-as-user', () => {
  test('does not exist before 1.23 (boundary 1.22 → 1.23)', () => {
    const spec = { securityContext: { runAsUser: 0 }, containers: [bare()] };
    expect(check(runAsUser, spec, 'v1.22')).toEqual([]);
    expect(paths(check(runAsUser, spec, 'v1.23'))).toEqual(['/spec/securityContext/runAsUser']);
  });

  test('unset or non-zero UIDs pass', () => {
    expect(check(runAsUser, { securityContext: { runAsUser: 1000 }, containers: [bare(), withSc('b', { runAsUser: 10001 })] })).toEqual([]);
  });

  test('UID 0 fails at the pod and in any container type; a container UID does not excuse a pod-level 0', () => {
    const spec = {
      securityContext: { runAsUser: 0 },
      initContainers: [withSc('i', { runAsUser: 0 })],
      containers: [withSc('a', { runAsUser: 1000 })],
      ephemeralContainers: [withSc('e', { runAsUser: '0' })],
    };
    const findings = check(runAsUser, spec);
    expect(paths(findings)).toEqual(['/spec/ephemeralContainers/0/securityContext/runAsUser', '/spec/initContainers/0/securityContext/runAsUser', '/spec/securityContext/runAsUser']);
    expect(findings.find((f) => f.container === 'i')!.message).toBe('init container "i" sets securityContext.runAsUser=0, the root user');
  });

  test('hostUsers: false exempts the pod from 1.35 (boundary 1.34 → 1.35)', () => {
    const spec = { hostUsers: false, containers: [withSc('a', { runAsUser: 0 })] };
    expect(check(runAsUser, spec, 'v1.34')).toHaveLength(1);
    expect(check(runAsUser, spec, 'v1.35')).toEqual([]);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(runAsUser, { containers: [withSc('a', { runAsUser: 0 })] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/securityContext/runAsUser']);
  });
});
