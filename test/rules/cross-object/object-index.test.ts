import { analyzeAll } from '../../../src/engine/evaluate';
import { indexObjects, namespaceOf, UNSPECIFIED_NAMESPACE } from '../../../src/rules/cross-object/object-index';
import { cronJob, pod, safeContainer } from '../../support/manifests';
import { app, object, WIDGET_POD, WIDGET_POD_LOCATIONS } from './fixtures';

const objects = analyzeAll(
  [
    app('web', { app: 'web' }),
    app('bare', { app: 'bare' }, null, {}, 3),
    cronJob({ containers: [safeContainer()] }),
    pod({ containers: [safeContainer()] }, { name: 'p', namespace: 'team', labels: { run: 'p' } }),
    { apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 'tpl', namespace: 'team' }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [] } } },
    object('ClusterRole', 'reader', 'ignored'),
    { apiVersion: 'v1', kind: 'List', items: [object('ServiceAccount', 'sa')] },
  ].map((manifest) => ({ manifest })),
);

describe('ObjectIndex', () => {
  test('is built once per evaluation and shared by the rules', () => {
    expect(indexObjects(objects)).toBe(indexObjects(objects));
    expect(indexObjects([...objects])).not.toBe(indexObjects(objects));
  });

  test('workloads carry pod template labels, namespace and replicas; PodTemplates run nothing', () => {
    const rows = indexObjects(objects).workloads.map((w) => [w.object.kind, w.namespace, w.podLabels, w.replicas]);
    expect(rows).toEqual([
      ['Deployment', 'team', { app: 'web' }, 2],
      ['Deployment', UNSPECIFIED_NAMESPACE, { app: 'bare' }, 3],
      ['CronJob', 'team', { app: 'cj' }, undefined],
      ['Pod', 'team', { run: 'p' }, 1],
    ]);
  });

  test('lookups are by kind, namespace and name; cluster-scoped kinds ignore the namespace; List items are indexed', () => {
    const index = indexObjects(objects);
    expect(index.find('ServiceAccount', 'team', 'sa')).toHaveLength(1);
    expect(index.find('ServiceAccount', 'other', 'sa')).toHaveLength(0);
    expect(index.find('ClusterRole', 'anything', 'reader')).toHaveLength(1);
    expect(index.workloadsIn(UNSPECIFIED_NAMESPACE).map((w) => w.object.ref.name)).toEqual(['bare']);
    expect(index.workloadNamespaces().sort()).toEqual([UNSPECIFIED_NAMESPACE, 'team']);
    expect(namespaceOf(index.ofKind('Deployment')[1])).toBe(UNSPECIFIED_NAMESPACE);
  });
});

describe('ObjectIndex built from one set of manifests', () => {
  const build = (manifests: unknown[]) => indexObjects(analyzeAll(manifests.map((manifest) => ({ manifest }))));

  test('replicas: 1 for a Pod and for a scalable kind without (or with null) spec.replicas; undefined when templated', () => {
    const noReplicas = app('a', { app: 'a' }) as { spec: Record<string, unknown> };
    delete noReplicas.spec.replicas;
    const nullReplicas = app('b', { app: 'b' }) as { spec: Record<string, unknown> };
    nullReplicas.spec.replicas = null;
    const templated = app('c', { app: 'c' }) as { spec: Record<string, unknown> };
    templated.spec.replicas = '${REPLICAS}';
    const index = build([noReplicas, nullReplicas, templated, pod({ containers: [safeContainer()] }, { name: 'p', namespace: 'team', labels: { run: 'p' } })]);
    expect(index.workloads.map((w) => [w.object.kind, w.object.ref.name, w.replicas, w.podLabels])).toEqual([
      ['Deployment', 'a', 1, { app: 'a' }],
      ['Deployment', 'b', 1, { app: 'b' }],
      ['Deployment', 'c', undefined, { app: 'c' }],
      ['Pod', 'p', 1, { run: 'p' }],
    ]);
  });

  test('PodTemplates are indexed by name but are not workloads', () => {
    const tpl = { apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 'tpl', namespace: 'team' }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [safeContainer()] } } };
    const index = build([tpl]);
    expect(index.workloads).toEqual([]);
    expect(index.find('PodTemplate', 'team', 'tpl')).toHaveLength(1);
  });

  test('a Secret lookup finds Secrets and the objects whose controllers create one, in input order; those objects are found under their own names only', () => {
    const sealed = { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: { name: 'sealed', namespace: 'team' }, spec: { template: { metadata: { name: 'db' } }, encryptedData: { password: 'AgB...' } } };
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'team' }, type: 'Opaque' };
    const external = { apiVersion: 'external-secrets.io/v1beta1', kind: 'ExternalSecret', metadata: { name: 'ext', namespace: 'team' }, spec: { target: { name: 'db' } } };
    const config = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'db', namespace: 'team' }, data: {} };
    const index = build([sealed, app('web', { app: 'web' }), config, secret, external]);
    expect(index.find('Secret', 'team', 'db').map((o) => o.kind)).toEqual(['SealedSecret', 'Secret', 'ExternalSecret']);
    expect(index.find('ConfigMap', 'team', 'db').map((o) => o.kind)).toEqual(['ConfigMap']);
    expect(index.find('Secret', 'other', 'db')).toEqual([]);
    expect(index.find('SealedSecret', 'team', 'db')).toEqual([]);
    expect(index.find('SealedSecret', 'team', 'sealed').map((o) => o.kind)).toEqual(['SealedSecret']);
    expect(index.find('ExternalSecret', 'team', 'db')).toEqual([]);
    expect(index.find('Deployment', 'team', 'web')).toHaveLength(1);
  });

  test('objects without a name are not found under any name', () => {
    const index = build([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: 'team' }, data: {} }]);
    expect(index.ofKind('ConfigMap')).toHaveLength(1);
    expect(index.find('ConfigMap', 'team', 'undefined')).toEqual([]);
  });

  test('a namespace without workloads has none', () => {
    const index = build([app('web', { app: 'web' })]);
    expect(index.workloadsIn('elsewhere')).toEqual([]);
    expect(index.workloadsMatchingMap('elsewhere', {})).toEqual([]);
  });

  test('selector lookups return only workloads the whole selector matches', () => {
    const index = build([app('web', { app: 'web' }), app('api', { app: 'api', tier: 'back' })]);
    const names = (ws: ReadonlyArray<{ object: { ref: { name?: string } } }>) => ws.map((w) => w.object.ref.name);
    expect(names(index.workloadsMatchingMap('team', { app: 'web', tier: 'back' }))).toEqual([]);
    expect(names(index.workloadsMatchingMap('team', { app: 'api', tier: 'back' }))).toEqual(['api']);
    expect(names(index.workloadsMatchingLabelSelector('team', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] }))).toEqual([]);
    expect(names(index.workloadsMatchingLabelSelector('team', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['back'] }] }))).toEqual(['web']);
  });

  test('selectors with many candidates are matched once: selectors alike get the same frozen list', () => {
    // 40 workloads carry app=web; half are tier=front (more candidates than are matched anew each time).
    const manifests = Array.from({ length: 40 }, (_, i) => app(`web-${i}`, i % 2 ? { app: 'web', tier: 'front' } : { app: 'web' }));
    const index = build([...manifests, ...manifests.slice(0, 4).map((m) => ({ ...m, metadata: { name: 'other', namespace: 'other' } }))]);
    const names = (ws: ReadonlyArray<{ object: { ref: { name?: string } } }>) => ws.map((w) => w.object.ref.name);
    const front = index.workloadsMatchingMap('team', { app: 'web', tier: 'front' });
    expect(names(front)).toEqual(Array.from({ length: 20 }, (_, i) => `web-${2 * i + 1}`));
    expect(Object.isFrozen(front)).toBe(true);
    expect(index.workloadsMatchingMap('team', { tier: 'front', app: 'web' })).toBe(front);
    expect(index.workloadsMatchingMap('team', { app: 'web' })).toHaveLength(40);
    // Another namespace is matched on its own (two of its four workloads are tier=front).
    expect(names(index.workloadsMatchingMap('other', { app: 'web', tier: 'front' }))).toEqual(['other', 'other']);
    // The same selector as a LabelSelector is another list, with the same workloads.
    const selected = index.workloadsMatchingLabelSelector('team', { matchLabels: { tier: 'front', app: 'web' } });
    expect(selected).not.toBe(front);
    expect(selected).toEqual(front);
    expect(index.workloadsMatchingLabelSelector('team', { matchLabels: { app: 'web', tier: 'front' } })).toBe(selected);
    expect(names(index.workloadsMatchingLabelSelector('team', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }))).toEqual(
      Array.from({ length: 20 }, (_, i) => `web-${2 * i}`),
    );
  });

  test('anyWorkloadMatchingMap answers each selector with many candidates on its own', () => {
    // 20 workloads each carry app=web or tier=front, none both.
    const manifests = Array.from({ length: 20 }, (_, i) => [app(`web-${i}`, { app: 'web', tier: 'back' }), app(`api-${i}`, { app: 'api', tier: 'front' })]).flat();
    const index = build(manifests);
    expect(index.anyWorkloadMatchingMap('team', { app: 'web', tier: 'front' })).toBe(false);
    expect(index.anyWorkloadMatchingMap('team', { app: 'web', tier: 'back' })).toBe(true);
    expect(index.anyWorkloadMatchingMap('team', { tier: 'front', app: 'web' })).toBe(false);
  });

  test('anyWorkloadMatchingMap answers whether the map selector list would be empty', () => {
    // Both carry app=web, the selector's rarest label; only the second also has tier=front.
    const index = build([app('web-back', { app: 'web', tier: 'back' }), app('web-front', { app: 'web', tier: 'front' })]);
    expect(index.anyWorkloadMatchingMap('team', { app: 'web', tier: 'front' })).toBe(true);
    expect(index.anyWorkloadMatchingMap('team', { app: 'web', tier: 'middle' })).toBe(false);
    expect(index.anyWorkloadMatchingMap('team', {})).toBe(false);
    expect(index.anyWorkloadMatchingMap('elsewhere', { app: 'web' })).toBe(false);
  });

  test('a custom kind named Pod in another API group gets the labels of its pod template, not its own', () => {
    const index = indexObjects(analyzeAll([{ manifest: WIDGET_POD }], WIDGET_POD_LOCATIONS));
    // (The built-in Pod location has no apiVersion, so the object itself is also read as a pod; only the template's view is checked here.)
    const fromTemplate = index.workloads.filter((w) => w.pod.metadataPath === '/spec/template/metadata');
    expect(fromTemplate.map((w) => w.podLabels)).toEqual([{ app: 'web' }]);
  });
});
