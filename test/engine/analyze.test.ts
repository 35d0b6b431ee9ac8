import { analyzeInput } from '../../src/engine/analyze';
import { defineRule } from '../../src/engine/rule';
import { nearestExistingPointer } from '../../src/engine/json-pointer';
import { parseKubernetesVersion } from '../../src/engine/version';
import { privileged } from '../../src/rules/pss/privileged';
import { runRule } from '../support/manifests';

const SPEC = { containers: [{ name: 'c', image: 'i:1', securityContext: { privileged: true } }] };
const TEMPLATE = { metadata: { labels: { a: 'b' } }, spec: SPEC };

const WORKLOADS: Array<[string, Record<string, unknown>, string]> = [
  ['Pod', { apiVersion: 'v1', kind: 'Pod', spec: SPEC }, '/spec'],
  ['Deployment', { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: TEMPLATE } }, '/spec/template/spec'],
  ['StatefulSet', { apiVersion: 'apps/v1', kind: 'StatefulSet', spec: { template: TEMPLATE } }, '/spec/template/spec'],
  ['DaemonSet', { apiVersion: 'apps/v1', kind: 'DaemonSet', spec: { template: TEMPLATE } }, '/spec/template/spec'],
  ['ReplicaSet', { apiVersion: 'apps/v1', kind: 'ReplicaSet', spec: { template: TEMPLATE } }, '/spec/template/spec'],
  ['ReplicationController', { apiVersion: 'v1', kind: 'ReplicationController', spec: { template: TEMPLATE } }, '/spec/template/spec'],
  ['Job', { apiVersion: 'batch/v1', kind: 'Job', spec: { template: TEMPLATE } }, '/spec/template/spec'],
  ['CronJob', { apiVersion: 'batch/v1', kind: 'CronJob', spec: { jobTemplate: { spec: { template: TEMPLATE } } } }, '/spec/jobTemplate/spec/template/spec'],
  ['PodTemplate', { apiVersion: 'v1', kind: 'PodTemplate', template: TEMPLATE }, '/template/spec'],
];

describe('analyzeInput', () => {
  test.each(WORKLOADS)('finds the pod spec of a %s', (_kind, manifest, specPath) => {
    const [object] = analyzeInput({ manifest });
    expect(object.podSpecs.map((p) => p.path)).toEqual([specPath]);
    expect(object.podSpecs[0].containers.map((c) => c.path)).toEqual([`${specPath}/containers/0`]);
  });

  test('visits init, regular and ephemeral containers', () => {
    const [object] = analyzeInput({
      manifest: { apiVersion: 'v1', kind: 'Pod', spec: { initContainers: [{ name: 'i' }], containers: [{ name: 'c' }], ephemeralContainers: [{ name: 'e' }] } },
    });
    expect(object.podSpecs[0].containers.map((c) => `${c.type}:${c.name}`)).toEqual(['initContainers:i', 'containers:c', 'ephemeralContainers:e']);
  });

  test('container security settings override pod settings, field by field', () => {
    const [object] = analyzeInput({
      manifest: {
        apiVersion: 'v1',
        kind: 'Pod',
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [{ name: 'c', securityContext: { runAsNonRoot: false, seccompProfile: { type: 'Unconfined' } } }],
        },
      },
    });
    const { effective } = object.podSpecs[0].containers[0];
    expect(effective.runAsNonRoot).toEqual({ value: false, path: '/spec/containers/0/securityContext/runAsNonRoot' });
    expect(effective.runAsUser).toEqual({ value: 1000, path: '/spec/securityContext/runAsUser' });
    expect(effective.seccompProfileType).toEqual({ value: 'Unconfined', path: '/spec/containers/0/securityContext/seccompProfile/type' });
  });

  test('List items become objects with their own pointers, nested Lists included', () => {
    const objects = analyzeInput({
      manifest: {
        apiVersion: 'v1',
        kind: 'List',
        items: [WORKLOADS[1][1], { apiVersion: 'v1', kind: 'DeploymentList', items: [WORKLOADS[0][1]] }],
      },
    });
    expect(objects.map((o) => `${o.kind}@${o.basePath}`)).toEqual(['Deployment@/items/0', 'Pod@/items/1/items/0']);
    expect(objects[1].podSpecs[0].path).toBe('/items/1/items/0/spec');
  });

  test('only a kind ending in List with an items array is flattened', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: SPEC };
    const shapes = (manifest: unknown) => analyzeInput({ manifest }).map((o) => `${o.kind}@${o.basePath}`);
    // A custom resource may carry an `items` field of its own.
    expect(shapes({ apiVersion: 'example.com/v1', kind: 'Inventory', metadata: { name: 'inv' }, items: [pod] })).toEqual(['Inventory@']);
    // "List" inside a kind name does not make a List.
    expect(shapes({ apiVersion: 'gateway.networking.x-k8s.io/v1alpha1', kind: 'ListenerSet', metadata: { name: 'ls' }, items: [pod] })).toEqual(['ListenerSet@']);
    expect(shapes({ metadata: { name: 'untyped' }, items: [pod] })).toEqual(['@']);
    expect(shapes({ apiVersion: 'v1', kind: 'PodList', items: [pod, pod] })).toEqual(['Pod@/items/0', 'Pod@/items/1']);
  });

  test('labels and annotations keep strings, write numbers and booleans as text, and drop other values', () => {
    const [object] = analyzeInput({
      manifest: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'cm',
          labels: { app: 'web', version: 2, canary: true, owner: null, team: { name: 'x' }, tags: ['a'] },
          annotations: { 'example.com/replicas': 3, 'example.com/note': 'kept', 'example.com/enabled': false },
        },
      },
    });
    expect(object.labels).toStrictEqual({ app: 'web', version: '2', canary: 'true' });
    expect(object.annotations).toStrictEqual({ 'example.com/replicas': '3', 'example.com/note': 'kept', 'example.com/enabled': 'false' });
  });

  test('labels and annotations that are all strings are the manifest\'s own maps; maps with another prototype are copied', () => {
    const labels = { app: 'web', tier: 'front' };
    const bare = Object.assign(Object.create(null) as Record<string, string>, { note: 'kept' });
    const inherited = Object.assign(Object.create({ inherited: 'not a label' }) as Record<string, string>, { own: 'yes' });
    const [object] = analyzeInput({ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', labels, annotations: bare } } });
    expect(object.labels).toBe(labels);
    expect(object.annotations).toBe(bare);
    const [other] = analyzeInput({ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', labels: inherited } } });
    expect(other.labels).not.toBe(inherited);
    expect(other.labels).toStrictEqual({ own: 'yes' });
    expect((other.labels as Record<string, string>).inherited).toBeUndefined();
  });

  test('the resource reference holds only the fields the object sets', () => {
    const ref = (manifest: unknown) => analyzeInput({ manifest })[0].ref;
    expect(ref({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } })).toStrictEqual({ apiVersion: 'v1', kind: 'Namespace', name: 'team' });
    expect(ref({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'team', generateName: 'job-' } })).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: 'team',
      name: 'job-',
    });
    expect(ref({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: 'team' } })).toStrictEqual({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'team' });
  });

  test('an object without kind or apiVersion gets empty strings for them', () => {
    const [object] = analyzeInput({ manifest: { metadata: { name: 'x' } } });
    expect(object.kind).toBe('');
    expect(object.apiVersion).toBe('');
    expect(object.ref).toStrictEqual({ apiVersion: '', kind: '', name: 'x' });
  });

  test('custom resources get pod specs from registered template locations', () => {
    const rollout = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', spec: { template: TEMPLATE } };
    expect(analyzeInput({ manifest: rollout })[0].podSpecs).toHaveLength(0);
    const located = analyzeInput({ manifest: rollout }, [{ kind: 'Rollout', apiVersion: 'argoproj.io/v1alpha1', templatePath: '/spec/template' }]);
    expect(located[0].podSpecs.map((p) => p.path)).toEqual(['/spec/template/spec']);
  });

  test.each([
    null,
    42,
    'text',
    [],
    { kind: 'Pod' },
    { kind: 'Pod', spec: null },
    { kind: 'Pod', spec: { containers: 'nope' } },
    { kind: 'Pod', spec: { containers: [null, 3, 'x', { securityContext: 'y' }] } },
    { kind: 'Deployment', spec: { template: [] } },
    { kind: 'CronJob', spec: { jobTemplate: { spec: { template: { spec: { containers: [{ securityContext: { capabilities: { add: 'ALL' } } }] } } } } } },
    { kind: 'List', items: 'x' },
    { kind: 7, metadata: { name: ['x'], labels: 'y', annotations: { a: 1 } } },
  ])('never throws on odd input %j', (manifest) => {
    expect(() => analyzeInput({ manifest })).not.toThrow();
    expect(() => runRule(privileged, [manifest])).not.toThrow();
  });

  test('deep nesting neither overflows the stack nor hides an object', () => {
    let deep: Record<string, unknown> = {};
    const root = { apiVersion: 'v1', kind: 'List', items: [] as unknown[] };
    let list = root;
    for (let i = 0; i < 10000; i++) {
      const next = { apiVersion: 'v1', kind: 'List', items: [] as unknown[] };
      list.items.push(next);
      list = next;
      deep = { nested: deep };
    }
    list.items.push({ apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'c', securityContext: deep }] } });
    const objects = analyzeInput({ manifest: root });
    expect(objects.map((o) => o.kind)).toEqual(['Pod']);
    expect(runRule(privileged, [root])).toHaveLength(0);
    list.items.push({ apiVersion: 'v1', kind: 'Pod', spec: SPEC });
    expect(runRule(privileged, [root]).map((f) => f.ruleId)).toEqual(['pss-privileged']);
  });
});

describe('evaluation', () => {
  test('a rule that throws becomes an error finding naming the rule and the resource, and the run goes on', () => {
    const broken = defineRule(
      { id: 'broken-rule', title: 'Broken', severity: 'warning', category: 'custom', description: 'd', remediation: 'r' },
      () => {
        throw new Error('boom');
      },
    );
    const findings = runRule(broken, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'ns' } }]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'broken-rule',
        severity: 'error',
        resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'cm', namespace: 'ns' },
        message: 'Rule broken-rule failed while checking this object and could not decide: boom',
      }),
    ]);
  });

  test('findings point at the nearest existing field when the offending one is missing', () => {
    const doc = { spec: { containers: [{ name: 'c' }] } };
    expect(nearestExistingPointer(doc, '/spec/containers/0/securityContext/allowPrivilegeEscalation')).toBe('/spec/containers/0');
    expect(nearestExistingPointer(doc, '/spec/containers/0/name')).toBe('/spec/containers/0/name');
    expect(nearestExistingPointer({ 'a/b': { '~c': 1 } }, '/a~1b/~0c')).toBe('/a~1b/~0c');
  });

  test.each([
    ['latest', 37],
    ['v1.29', 29],
    ['1.25', 25],
    ['v1.30.2', 30],
  ])('parses Kubernetes version %s', (input, minor) => {
    expect(parseKubernetesVersion(input).minor).toBe(minor);
  });

  test.each(['v2.1', 'v1.38', 'newest', ''])('refuses Kubernetes version %j with the valid range', (input) => {
    expect(() => parseKubernetesVersion(input)).toThrow(/use "latest" or v1.0 … v1.37/);
  });
});
