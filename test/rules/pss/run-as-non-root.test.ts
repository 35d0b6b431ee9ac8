import { runAsNonRoot } from '../../../src/rules/pss/run-as-non-root';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const NR = { runAsNonRoot: true };

describe('pss-run-as-non-root', () => {
  test('pod-level true covers containers that leave it unset, in every container type', () => {
    expect(check(runAsNonRoot, { securityContext: NR, initContainers: [bare('i')], containers: [bare()], ephemeralContainers: [bare('e')] }, 'v1.0')).toEqual([]);
  });

  test('without a pod-level true, every container must set true itself', () => {
    expect(check(runAsNonRoot, { containers: [withSc('a', NR), withSc('b', NR)] })).toEqual([]);
    const findings = check(runAsNonRoot, { initContainers: [bare('i')], containers: [withSc('a', NR)] });
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/initContainers/0', 'init container "i" may run as root: neither it nor the pod sets securityContext.runAsNonRoot=true'],
    ]);
  });

  test('an explicit false fails anywhere, even when the other level says true', () => {
    expect(paths(check(runAsNonRoot, { securityContext: NR, containers: [withSc('a', { runAsNonRoot: false })] }))).toEqual(['/spec/containers/0/securityContext/runAsNonRoot']);
    const podFalse = check(runAsNonRoot, { securityContext: { runAsNonRoot: false }, containers: [withSc('a', NR)] });
    expect(podFalse.map((f) => f.message)).toEqual(['the pod sets spec.securityContext.runAsNonRoot=false']);
  });

  test('pod-level false with containers unset reports the pod and each container', () => {
    expect(paths(check(runAsNonRoot, { securityContext: { runAsNonRoot: false }, containers: [bare()] }))).toEqual(['/spec/containers/0', '/spec/securityContext/runAsNonRoot']);
  });

  test('a string "true" does not satisfy the check and says why', () => {
    const [f] = check(runAsNonRoot, { containers: [withSc('a', { runAsNonRoot: 'true' })] });
    expect(f.message).toBe('container "a" sets securityContext.runAsNonRoot="true" (the value is a string, not a boolean: the Kubernetes API would reject this manifest)');
  });

  test('hostUsers: false exempts the pod from 1.35 (boundary 1.34 → 1.35)', () => {
    const spec = { hostUsers: false, containers: [withSc('a', { runAsNonRoot: false })] };
    expect(check(runAsNonRoot, spec, 'v1.34')).toHaveLength(1);
    expect(check(runAsNonRoot, spec, 'v1.35')).toEqual([]);
    expect(check(runAsNonRoot, { ...spec, hostUsers: true }, 'v1.35')).toHaveLength(1);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(runAsNonRoot, { containers: [bare()] });
    expect(r).toEqual({ Pod: ['/containers/0'], Deployment: ['/containers/0'], CronJob: ['/containers/0'] });
  });
});

describe('pss-run-as-non-root paths', () => {
  test('a null runAsNonRoot counts as unset and points at the field', () => {
    expect(check(runAsNonRoot, { containers: [withSc('app', { runAsNonRoot: null })] }).map((f) => [f.path, f.container])).toEqual([
      ['/spec/containers/0/securityContext/runAsNonRoot', 'app'],
    ]);
  });
});
