import { analyzeAll } from '../../../src/engine/evaluate';
import { indexObjects, namespaceOf, UNSPECIFIED_NAMESPACE } from '../../../src/rules/cross-object/object-index';
import { cronJob, pod, safeContainer } from '../../support/manifests';
import { app, object } from './fixtures';

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
