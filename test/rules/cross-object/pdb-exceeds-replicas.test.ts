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
