import { deprecatedApiVersion } from '../../../src/rules/metadata/deprecated-api-version';
import { removedApiVersion } from '../../../src/rules/metadata/removed-api-version';
import { API_DEPRECATIONS, findDeprecation, indexDeprecations } from '../../../src/rules/metadata/api-versions';
import { runRule } from '../../support/manifests';

const obj = (apiVersion: string, kind: string) => ({ apiVersion, kind, metadata: { name: 'x', namespace: 't' } });

describe('deprecated-api-version / removed-api-version follow the target version', () => {
  const cronJob = obj('batch/v1beta1', 'CronJob'); // deprecated 1.21, removed 1.25

  test.each([
    ['v1.20', 0, 0],
    ['v1.21', 1, 0],
    ['v1.24', 1, 0],
    ['v1.25', 0, 1],
    ['latest', 0, 1],
  ])('at %s: %i deprecated, %i removed finding(s)', (version, deprecated, removed) => {
    expect(runRule(deprecatedApiVersion, [cronJob], { kubernetesVersion: version })).toHaveLength(deprecated);
    expect(runRule(removedApiVersion, [cronJob], { kubernetesVersion: version })).toHaveLength(removed);
  });

  test('messages name the versions and the replacement', () => {
    const [dep] = runRule(deprecatedApiVersion, [cronJob], { kubernetesVersion: 'v1.22' });
    expect(dep).toMatchObject({ path: '/apiVersion', severity: 'warning', message: 'CronJob uses batch/v1beta1, deprecated since v1.21; it is removed in v1.25. Use batch/v1' });
    const [rem] = runRule(removedApiVersion, [obj('extensions/v1beta1', 'Ingress')], { kubernetesVersion: 'v1.30' });
    expect(rem).toMatchObject({ severity: 'error', message: 'Ingress uses extensions/v1beta1, which is no longer served since v1.22 (target v1.30). Use networking.k8s.io/v1' });
  });

  test('APIs deprecated without removal are only ever deprecated', () => {
    const endpoints = obj('v1', 'Endpoints');
    expect(runRule(deprecatedApiVersion, [endpoints], { kubernetesVersion: 'v1.32' })).toEqual([]);
    expect(runRule(deprecatedApiVersion, [endpoints], { kubernetesVersion: 'v1.33' })).toHaveLength(1);
    expect(runRule(removedApiVersion, [endpoints])).toEqual([]);
  });

  test('current APIs and unknown custom resources pass', () => {
    const objects = [obj('batch/v1', 'CronJob'), obj('apps/v1', 'Deployment'), obj('example.com/v1beta1', 'CronJob'), obj('autoscaling/v1', 'HorizontalPodAutoscaler')];
    expect(runRule(deprecatedApiVersion, objects)).toEqual([]);
    expect(runRule(removedApiVersion, objects)).toEqual([]);
  });

  test('every listed apiVersion and kind is found, and only as listed', () => {
    for (const d of API_DEPRECATIONS) {
      for (const kind of d.kinds) expect(findDeprecation(d.apiVersion, kind)).toBe(d);
      expect(findDeprecation(d.apiVersion, 'Unlisted')).toBeUndefined();
      expect(findDeprecation(d.apiVersion.toUpperCase(), d.kinds[0])).toBeUndefined();
    }
  });

  test('an apiVersion and kind listed twice is refused', () => {
    const entry = { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecated: 21, removed: 25, replacement: 'batch/v1' };
    expect(() => indexDeprecations([entry, { ...entry, kinds: ['Job', 'CronJob'] }])).toThrow('the API deprecations list batch/v1beta1 CronJob twice');
    expect(indexDeprecations([entry, { ...entry, apiVersion: 'batch/v2alpha1' }]).size).toBe(2);
  });

  test('the same apiVersion is judged per kind', () => {
    expect(runRule(removedApiVersion, [obj('storage.k8s.io/v1beta1', 'CSIStorageCapacity')], { kubernetesVersion: 'v1.26' })).toEqual([]);
    expect(runRule(removedApiVersion, [obj('storage.k8s.io/v1beta1', 'StorageClass')], { kubernetesVersion: 'v1.26' })).toHaveLength(1);
  });
});

describe('api version findings in detail', () => {
  test('a deprecation without removal names no removal version', () => {
    expect(runRule(deprecatedApiVersion, [obj('v1', 'Endpoints')], { kubernetesVersion: 'v1.33' }).map((f) => [f.path, f.message])).toEqual([
      ['/apiVersion', 'Endpoints uses v1, deprecated since v1.33. Use discovery.k8s.io/v1 EndpointSlice'],
    ]);
  });

  test('a removed API points at apiVersion', () => {
    expect(runRule(removedApiVersion, [obj('extensions/v1beta1', 'Ingress')], { kubernetesVersion: 'v1.30' }).map((f) => f.path)).toEqual(['/apiVersion']);
  });
});
