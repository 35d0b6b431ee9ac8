import { analyzeAll } from '../../../src/engine/evaluate';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { selectorMatchesLabels } from '../../../src/rules/availability/selector-matches-labels';
import { runRule, safeContainer } from '../../support/manifests';

const workload = (kind: string, selector: unknown, labels: unknown = { app: 'web', tier: 'front' }, extra: Record<string, unknown> = {}) => ({
  apiVersion: kind === 'ReplicationController' ? 'v1' : kind === 'Job' ? 'batch/v1' : 'apps/v1',
  kind,
  metadata: { name: 'w' },
  spec: { ...extra, ...(selector === undefined ? {} : { selector }), template: { metadata: { labels }, spec: { containers: [safeContainer()] } } },
});

describe('selector-matches-labels', () => {
  test.each(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'])('%s passes when the selector matches', (kind) => {
    expect(runRule(selectorMatchesLabels, [workload(kind, { matchLabels: { app: 'web' } })])).toEqual([]);
  });

  test('fails for a matchLabels mismatch', () => {
    const [f] = runRule(selectorMatchesLabels, [workload('Deployment', { matchLabels: { app: 'api' } })]);
    expect(f.path).toBe('/spec/selector');
    expect(f.message).toBe('the Deployment selector does not select its pod template: matchLabels app=api is not among the pod labels');
  });

  test('matchExpressions are evaluated', () => {
    const expr = (operator: string, values?: string[]) => workload('Deployment', { matchExpressions: [{ key: 'tier', operator, values }] });
    expect(runRule(selectorMatchesLabels, [expr('In', ['front', 'back'])])).toEqual([]);
    expect(runRule(selectorMatchesLabels, [expr('NotIn', ['front'])])).toHaveLength(1);
    expect(runRule(selectorMatchesLabels, [expr('Exists')])).toEqual([]);
    expect(runRule(selectorMatchesLabels, [expr('DoesNotExist')])).toHaveLength(1);
    expect(runRule(selectorMatchesLabels, [expr('Bogus')])).toHaveLength(1);
  });

  test('a missing or empty selector fails for apps kinds', () => {
    expect(runRule(selectorMatchesLabels, [workload('Deployment', undefined)])[0].message).toContain('has no spec.selector');
    expect(runRule(selectorMatchesLabels, [workload('StatefulSet', {})])[0].message).toContain('empty or invalid selector');
  });

  test('ReplicationController: plain map, defaults to template labels when unset', () => {
    expect(runRule(selectorMatchesLabels, [workload('ReplicationController', undefined)])).toEqual([]);
    expect(runRule(selectorMatchesLabels, [workload('ReplicationController', { app: 'web' })])).toEqual([]);
    expect(runRule(selectorMatchesLabels, [workload('ReplicationController', { app: 'x' })])).toHaveLength(1);
  });

  test('Jobs are checked only with manualSelector: true', () => {
    expect(runRule(selectorMatchesLabels, [workload('Job', { matchLabels: { app: 'x' } })])).toEqual([]);
    expect(runRule(selectorMatchesLabels, [workload('Job', { matchLabels: { app: 'x' } }, undefined, { manualSelector: true })])).toHaveLength(1);
  });
});

describe('selector-matches-labels messages', () => {
  test('ReplicationController mismatch message', () => {
    expect(runRule(selectorMatchesLabels, [workload('ReplicationController', { app: 'x' })]).map((f) => f.message)).toEqual([
      'the ReplicationController selector does not select its pod template: matchLabels app=x is not among the pod labels',
    ]);
  });

  test('a Job without manualSelector is not checked even without a selector', () => {
    expect(runRule(selectorMatchesLabels, [workload('Job', undefined)])).toEqual([]);
  });

  test('manualSelector only matters on a Job, also when the rule is called without its appliesTo', () => {
    const cloneSet = { ...workload('CloneSet', { matchLabels: { app: 'x' } }, undefined, { manualSelector: true }), apiVersion: 'apps.kruise.io/v1alpha1' };
    const [object] = analyzeAll([{ manifest: cloneSet }]);
    expect(selectorMatchesLabels.check!(object, { kubernetesVersion: parseKubernetesVersion('latest'), options: {} })).toEqual([]);
  });
});
