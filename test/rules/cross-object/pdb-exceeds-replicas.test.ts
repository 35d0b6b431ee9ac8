import { pdbExceedsReplicas } from '../../../src/rules/cross-object/pdb-exceeds-replicas';
import { runRule } from '../../support/manifests';
import { app, hpa, pdb } from './fixtures';

const WEB = app('web', { app: 'web' }, 'team', {}, 3);

describe('pdb-exceeds-replicas', () => {
  test('reports minAvailable equal to the replica count', () => {
    const findings = runRule(pdbExceedsReplicas, [WEB, pdb('p', { minAvailable: 3, selector: { matchLabels: { app: 'web' } } })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/spec/minAvailable', message: 'PodDisruptionBudget "p" requires 3 available pods but selects only 3, so no pod can be evicted' });
  });

  test('uses HPA minReplicas and rounds percentages up', () => {
    const autoscaled = [app('web', { app: 'web' }, 'team', {}, 5), hpa('h', 'web', { minReplicas: 2 })];
    const [finding] = runRule(pdbExceedsReplicas, [...autoscaled, pdb('p', { minAvailable: 2, selector: { matchLabels: { app: 'web' } } })]);
    expect(finding.message).toContain('(at HorizontalPodAutoscaler "h" minReplicas 2)');
    expect(runRule(pdbExceedsReplicas, [app('w', { app: 'w' }, 'team', {}, 2), pdb('p', { minAvailable: '90%', selector: { matchLabels: { app: 'w' } } })])).toHaveLength(1);
    expect(runRule(pdbExceedsReplicas, [app('w', { app: 'w' }, 'team', {}, 4), pdb('p', { minAvailable: '50%', selector: { matchLabels: { app: 'w' } } })])).toEqual([]);
  });

  test('sums the replicas of every selected workload; budgets over DaemonSets are skipped', () => {
    const two = [app('a', { tier: 'web', app: 'a' }, 'team', {}, 2), app('b', { tier: 'web', app: 'b' }, 'team', {}, 2)];
    expect(runRule(pdbExceedsReplicas, [...two, pdb('p', { minAvailable: 3, selector: { matchLabels: { tier: 'web' } } })])).toEqual([]);
    const ds = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd', namespace: 'team' }, spec: { template: { metadata: { labels: { app: 'd' } }, spec: { containers: [] } } } };
    expect(runRule(pdbExceedsReplicas, [ds, pdb('p', { minAvailable: 5, selector: { matchLabels: { app: 'd' } } })])).toEqual([]);
  });
});

describe('pdb-exceeds-replicas: budgets and replica counts', () => {
  const sel = { matchLabels: { app: 'w' } };
  const two = app('w', { app: 'w' }, 'team', {}, 2);
  const messages = (manifests: unknown[]): string[] => runRule(pdbExceedsReplicas, manifests).map((f) => f.message);

  test('minAvailable given as an integer string or a padded percentage is parsed', () => {
    expect(messages([two, pdb('p', { minAvailable: '2', selector: sel })])).toEqual(['PodDisruptionBudget "p" requires 2 available pods but selects only 2, so no pod can be evicted']);
    expect(messages([two, pdb('p', { minAvailable: ' 90% ', selector: sel })])).toEqual(['PodDisruptionBudget "p" requires 2 available pods but selects only 2, so no pod can be evicted']);
  });

  test('malformed percentages are ignored', () => {
    expect(messages([two, pdb('p', { minAvailable: 'x90%', selector: sel })])).toEqual([]);
    expect(messages([two, pdb('p', { minAvailable: '90%x', selector: sel })])).toEqual([]);
  });

  test('100%, a set maxUnavailable, or no minAvailable are left to other rules', () => {
    expect(messages([two, pdb('p', { minAvailable: '100%', selector: sel })])).toEqual([]);
    expect(messages([two, pdb('p', { minAvailable: 2, maxUnavailable: 1, selector: sel })])).toEqual([]);
    expect(messages([two, pdb('p', { maxUnavailable: 1, selector: sel })])).toEqual([]);
  });

  test('a workload without a fixed replica count among the selected ones skips the budget', () => {
    const ds = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd', namespace: 'team' }, spec: { template: { metadata: { labels: { app: 'w' } }, spec: { containers: [] } } } };
    expect(messages([two, ds, pdb('p', { minAvailable: 2, selector: sel })])).toEqual([]);
  });

  test('a workload scaled to zero is not reported', () => {
    expect(messages([app('w', { app: 'w' }, 'team', {}, 0), pdb('p', { minAvailable: 1, selector: sel })])).toEqual([]);
  });

  test('PodDisruptionBudget and HorizontalPodAutoscaler kinds outside their API groups are ignored', () => {
    const foreignPdb = { ...pdb('p', { minAvailable: 2, selector: sel }), apiVersion: 'example.com/v1' };
    expect(messages([two, foreignPdb])).toEqual([]);
    const foreignHpa = { ...hpa('h', 'w', { minReplicas: 1 }), apiVersion: 'example.com/v1' };
    expect(messages([two, foreignHpa, pdb('p', { minAvailable: 2, selector: sel })])).toEqual(['PodDisruptionBudget "p" requires 2 available pods but selects only 2, so no pod can be evicted']);
  });

  test.each([undefined, null])('an HPA with minReplicas %p scales from 1 replica', (minReplicas) => {
    expect(messages([app('w', { app: 'w' }, 'team', {}, 5), hpa('h', 'w', { minReplicas }), pdb('p', { minAvailable: 1, selector: sel })])).toEqual([
      'PodDisruptionBudget "p" requires 1 available pods but selects only 1 (at HorizontalPodAutoscaler "h" minReplicas 1), so no pod can be evicted',
    ]);
  });

  test('lists every HPA that sets the count', () => {
    const tier = { matchLabels: { tier: 'web' } };
    const manifests = [
      app('a', { tier: 'web', app: 'a' }, 'team', {}, 5), hpa('ha', 'a', { minReplicas: 1 }),
      app('b', { tier: 'web', app: 'b' }, 'team', {}, 5), hpa('hb', 'b', { minReplicas: 1 }),
      pdb('p', { minAvailable: 2, selector: tier }),
    ];
    expect(messages(manifests)).toEqual([
      'PodDisruptionBudget "p" requires 2 available pods but selects only 2 (at HorizontalPodAutoscaler "ha" minReplicas 1, HorizontalPodAutoscaler "hb" minReplicas 1), so no pod can be evicted',
    ]);
  });

  test('names three HPAs and counts the rest; PDBs with the same selector get the same count', () => {
    const tier = { matchLabels: { tier: 'web' } };
    const names = ['a', 'b', 'c', 'd', 'e'];
    const manifests = [
      ...names.flatMap((n) => [app(n, { tier: 'web', app: n }, 'team', {}, 5), hpa(`h${n}`, n, { minReplicas: 1 })]),
      pdb('p', { minAvailable: 5, selector: tier }),
      pdb('q', { minAvailable: '100%', selector: { matchLabels: { tier: 'web' } } }),
      pdb('r', { minAvailable: 6, selector: tier }),
    ];
    const source = '(at HorizontalPodAutoscaler "ha" minReplicas 1, HorizontalPodAutoscaler "hb" minReplicas 1, HorizontalPodAutoscaler "hc" minReplicas 1 and 2 more)';
    expect(messages(manifests)).toEqual([
      `PodDisruptionBudget "p" requires 5 available pods but selects only 5 ${source}, so no pod can be evicted`,
      `PodDisruptionBudget "r" requires 6 available pods but selects only 5 ${source}, so no pod can be evicted`,
    ]);
  });
});

describe('pdb-exceeds-replicas: unnamed objects', () => {
  test('a PDB or HPA without a name is shown as "?"', () => {
    const namelessPdb = { ...pdb('x', { minAvailable: 1, selector: { matchLabels: { app: 'w' } } }), metadata: { namespace: 'team' } };
    const namelessHpa = { ...hpa('x', 'w', { minReplicas: 1 }), metadata: { namespace: 'team' } };
    expect(runRule(pdbExceedsReplicas, [app('w', { app: 'w' }, 'team', {}, 3), namelessHpa, namelessPdb]).map((f) => f.message)).toEqual([
      'PodDisruptionBudget "?" requires 1 available pods but selects only 1 (at HorizontalPodAutoscaler "?" minReplicas 1), so no pod can be evicted',
    ]);
  });
});

describe('pdb-exceeds-replicas: odd targets and budgets', () => {
  const sel = { matchLabels: { app: 'web' } };
  const messages = (manifests: unknown[]): string[] => runRule(pdbExceedsReplicas, manifests).map((f) => f.message);

  test('an HPA whose scaleTargetRef has no name scales no workload, not even one named "undefined"', () => {
    const nameless = hpa('h', 'ignored', { minReplicas: 2 }) as { spec: { scaleTargetRef: Record<string, unknown> } };
    delete nameless.spec.scaleTargetRef.name;
    // The Deployment keeps its own 5 replicas, so a budget of 2 leaves room for evictions.
    expect(messages([app('undefined', { app: 'web' }, 'team', {}, 5), nameless, pdb('p', { minAvailable: 2, selector: sel })])).toEqual([]);
  });

  test('a minAvailable that is not a number or percentage is ignored, even over a negative replica count', () => {
    expect(messages([app('web', { app: 'web' }, 'team', {}, -1), pdb('p', { minAvailable: 'abc', selector: sel })])).toEqual([]);
  });
});
