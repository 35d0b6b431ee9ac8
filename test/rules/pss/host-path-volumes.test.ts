import { hostPathVolumes } from '../../../src/rules/pss/host-path-volumes';
import { acrossWorkloads, bare, check, paths } from './helpers';

describe('pss-host-path-volumes', () => {
  test('passes without hostPath volumes', () => {
    expect(check(hostPathVolumes, { containers: [bare()], volumes: [{ name: 'tmp', emptyDir: {} }, { name: 'cfg', configMap: { name: 'c' } }] })).toEqual([]);
  });

  test('fails for each hostPath volume, naming it and the node path', () => {
    const findings = check(hostPathVolumes, {
      containers: [bare()],
      volumes: [{ name: 'ok', emptyDir: {} }, { name: 'docker', hostPath: { path: '/var/run/docker.sock' } }, { hostPath: {} }],
    });
    expect(paths(findings)).toEqual(['/spec/volumes/1/hostPath', '/spec/volumes/2/hostPath']);
    expect(findings.map((f) => f.message)).toEqual(['volume "docker" is a hostPath volume of the node path "/var/run/docker.sock"', 'volume #2 is a hostPath volume']);
  });

  test('odd volume entries do not throw', () => {
    expect(check(hostPathVolumes, { containers: [bare()], volumes: ['x', null, 3] })).toEqual([]);
    expect(check(hostPathVolumes, { containers: [bare()], volumes: 'not-a-list' })).toEqual([]);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(hostPathVolumes, { containers: [bare()], volumes: [{ name: 'h', hostPath: { path: '/' } }] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/volumes/0/hostPath']);
  });
});
