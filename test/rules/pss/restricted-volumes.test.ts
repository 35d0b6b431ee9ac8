import { restrictedVolumes } from '../../../src/rules/pss/restricted-volumes';
import { acrossWorkloads, bare, check, paths } from './helpers';

describe('pss-restricted-volumes', () => {
  test('allowed volume types pass at every version', () => {
    const volumes = [
      { name: 'a', configMap: { name: 'c' } },
      { name: 'b', csi: { driver: 'd' } },
      { name: 'c', downwardAPI: { items: [] } },
      { name: 'd', emptyDir: {} },
      { name: 'e', ephemeral: { volumeClaimTemplate: {} } },
      { name: 'f', image: { reference: 'registry.example.com/data:1' } },
      { name: 'g', persistentVolumeClaim: { claimName: 'x' } },
      { name: 'h', projected: { sources: [] } },
      { name: 'i', secret: { secretName: 's' } },
    ];
    for (const version of ['v1.0', 'latest']) expect(check(restrictedVolumes, { containers: [bare()], volumes }, version)).toEqual([]);
  });

  test('a volume without a source passes: the API server makes it an emptyDir', () => {
    expect(check(restrictedVolumes, { containers: [bare()], volumes: [{ name: 'scratch' }] })).toEqual([]);
  });

  test.each(['hostPath', 'nfs', 'gitRepo', 'iscsi', 'rbd', 'flexVolume', 'awsElasticBlockStore', 'azureDisk', 'cephfs'])('%s fails', (type) => {
    const findings = check(restrictedVolumes, { containers: [bare()], volumes: [{ name: 'v', [type]: {} }] });
    expect(paths(findings)).toEqual([`/spec/volumes/0/${type}`]);
    expect(findings[0].message).toMatch(new RegExp(`^volume "v" uses the ${type} volume type; restricted allows only configMap, csi`));
  });

  test('a forbidden source next to an allowed one still fails', () => {
    expect(paths(check(restrictedVolumes, { containers: [bare()], volumes: [{ name: 'v', emptyDir: {}, hostPath: { path: '/' } }] }))).toEqual(['/spec/volumes/0/hostPath']);
  });

  test('unknown volume types fail; a null source is ignored', () => {
    expect(paths(check(restrictedVolumes, { containers: [bare()], volumes: [{ name: 'v', someFutureType: {} }, { name: 'w', hostPath: null }] }))).toEqual(['/spec/volumes/0/someFutureType']);
  });

  test('a volume that is not an object fails with a note', () => {
    const [f] = check(restrictedVolumes, { containers: [bare()], volumes: ['hostPath'] });
    expect(f.message).toContain('volume #0 is "hostPath" (the value is a string, not an object');
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(restrictedVolumes, { containers: [bare()], volumes: [{ name: 'v', nfs: { server: 's', path: '/' } }] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/volumes/0/nfs']);
  });
});

describe('pss-restricted-volumes malformed entries', () => {
  test('null and array entries are named as such', () => {
    expect(check(restrictedVolumes, { containers: [bare()], volumes: [null, []] }).map((f) => f.message)).toEqual([
      'volume #0 is null (the value is null, not an object: the Kubernetes API would reject this manifest)',
      'volume #1 is [] (the value is an array, not an object: the Kubernetes API would reject this manifest)',
    ]);
  });
});
