import { privileged } from '../../../src/rules/pss/privileged';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

describe('pss-privileged', () => {
  test('passes when privileged is unset or false', () => {
    expect(check(privileged, { containers: [bare(), withSc('b', { privileged: false })] })).toEqual([]);
  });

  test('fails for privileged: true in any container type, at every version', () => {
    const spec = {
      initContainers: [withSc('init', { privileged: true })],
      containers: [withSc('app', { privileged: true })],
      ephemeralContainers: [withSc('debug', { privileged: true })],
    };
    for (const version of ['v1.0', 'v1.25', 'latest']) {
      expect(paths(check(privileged, spec, version))).toEqual([
        '/spec/containers/0/securityContext/privileged',
        '/spec/ephemeralContainers/0/securityContext/privileged',
        '/spec/initContainers/0/securityContext/privileged',
      ]);
    }
  });

  test('a string "true" counts as on and says the API would reject it', () => {
    const [f] = check(privileged, { containers: [withSc('app', { privileged: 'true' })] });
    expect(f.message).toBe('container "app" sets securityContext.privileged="true" (the value is a string, not a boolean: the Kubernetes API would reject this manifest)');
  });

  test('same verdict in Deployments and CronJobs', () => {
    const result = acrossWorkloads(privileged, { containers: [withSc('app', { privileged: true })] });
    expect(result.Deployment).toEqual(result.Pod);
    expect(result.CronJob).toEqual(result.Pod);
    expect(result.Pod).toEqual(['/containers/0/securityContext/privileged']);
  });
});
