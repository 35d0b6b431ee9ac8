import { BUILTIN_POD_TEMPLATE_LOCATIONS, findPodSpecs, PodTemplateLocation, viewPodSpec } from '../../src/engine/workload';

const SPEC = { containers: [{ name: 'app', image: 'nginx:1' }] };
const ROLLOUT_LOCATION: PodTemplateLocation = { kind: 'Rollout', apiVersion: 'argoproj.io/v1alpha1', templatePath: '/spec/template' };

describe('findPodSpecs', () => {
  test('a custom location restricted to an apiVersion ignores the same kind of another group', () => {
    const locations = [...BUILTIN_POD_TEMPLATE_LOCATIONS, ROLLOUT_LOCATION];
    const rollout = (apiVersion: string) => ({ apiVersion, kind: 'Rollout', spec: { template: { spec: SPEC } } });
    expect(findPodSpecs(rollout('argoproj.io/v1alpha1'), '', locations).map((p) => p.path)).toEqual(['/spec/template/spec']);
    expect(findPodSpecs(rollout('example.com/v1'), '', locations)).toEqual([]);
  });

  test('a location without apiVersion applies to every group', () => {
    const locations = [{ kind: 'Rollout', templatePath: '/spec/template' }];
    const object = { apiVersion: 'example.com/v1', kind: 'Rollout', spec: { template: { spec: SPEC } } };
    expect(findPodSpecs(object, '/items/2', locations).map((p) => p.path)).toEqual(['/items/2/spec/template/spec']);
  });

  test.each([
    ['no spec', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' } }],
    ['a null spec', { apiVersion: 'apps/v1', kind: 'Deployment', spec: null }],
    ['no template', { apiVersion: 'apps/v1', kind: 'Deployment', spec: { replicas: 1 } }],
    ['a string template', { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: 'nginx' } }],
    ['an array template', { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: [{ spec: SPEC }] } }],
    ['no jobTemplate', { apiVersion: 'batch/v1', kind: 'CronJob', spec: { schedule: '* * * * *' } }],
  ])('a workload with %s has no pod spec', (_case, object) => {
    expect(findPodSpecs(object, '', BUILTIN_POD_TEMPLATE_LOCATIONS)).toEqual([]);
  });

  test('a second location of a built-in kind adds its pod spec after the built-in one, only where that list is given', () => {
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec: SPEC }, canary: { spec: SPEC } } };
    const withCanary = [...BUILTIN_POD_TEMPLATE_LOCATIONS, { kind: 'Deployment', templatePath: '/spec/canary' }];
    expect(findPodSpecs(deployment, '', withCanary).map((p) => p.path)).toEqual(['/spec/template/spec', '/spec/canary/spec']);
    // The locations are indexed by kind per list: going back to the built-in list must not keep the extra one.
    expect(findPodSpecs(deployment, '', BUILTIN_POD_TEMPLATE_LOCATIONS).map((p) => p.path)).toEqual(['/spec/template/spec']);
    expect(findPodSpecs(deployment, '', withCanary)).toHaveLength(2);
  });

  test('an object without a kind is never a workload, even with a location for the empty kind', () => {
    const podShaped = { apiVersion: 'v1', spec: SPEC };
    expect(findPodSpecs({ ...podShaped, kind: '' }, '', BUILTIN_POD_TEMPLATE_LOCATIONS)).toEqual([]);
    expect(findPodSpecs({ ...podShaped, kind: '' }, '', [{ kind: '', templatePath: '' }])).toEqual([]);
    expect(findPodSpecs(podShaped, '', [{ kind: '', templatePath: '' }])).toEqual([]);
  });
});

describe('viewPodSpec', () => {
  test('a container without a name gets the empty name', () => {
    const view = viewPodSpec({ containers: [{ image: 'nginx:1' }, { name: 7, image: 'nginx:1' }] }, '/spec', {}, '/metadata');
    expect(view.containers.map((c) => c.name)).toEqual(['', '']);
  });

  test('effective security holds only the settings set on the container or the pod', () => {
    const view = viewPodSpec(
      { securityContext: { runAsUser: 1000, runAsGroup: null }, containers: [{ name: 'app', securityContext: { runAsNonRoot: true } }] },
      '/spec',
      {},
      '/metadata',
    );
    expect(view.containers[0].effective).toStrictEqual({
      runAsNonRoot: { value: true, path: '/spec/containers/0/securityContext/runAsNonRoot' },
      runAsUser: { value: 1000, path: '/spec/securityContext/runAsUser' },
    });
    expect(viewPodSpec({ containers: [{ name: 'bare' }] }, '/spec', {}, '/metadata').containers[0].effective).toStrictEqual({});
  });
});
