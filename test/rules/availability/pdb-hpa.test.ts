import { hpaReplicas } from '../../../src/rules/availability/hpa-replicas';
import { pdbBlocksEvictions } from '../../../src/rules/availability/pdb-blocks-evictions';
import { pdbUnhealthyPodEvictionPolicy } from '../../../src/rules/availability/pdb-unhealthy-pod-eviction-policy';
import { runRule } from '../../support/manifests';

const pdb = (spec: Record<string, unknown>) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { selector: { matchLabels: { app: 'a' } }, ...spec } });
const hpa = (spec: Record<string, unknown>) => ({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'a' }, ...spec } });

describe('pdb-blocks-evictions', () => {
  test('passes for budgets that allow a disruption', () => {
    expect(runRule(pdbBlocksEvictions, [pdb({ maxUnavailable: 1 }), pdb({ minAvailable: '50%' }), pdb({ minAvailable: 1 })])).toEqual([]);
  });

  test.each([{ maxUnavailable: 0 }, { maxUnavailable: '0%' }, { maxUnavailable: '0' }])('fails for %p', (spec) => {
    const [f] = runRule(pdbBlocksEvictions, [pdb(spec)]);
    expect(f.path).toBe('/spec/maxUnavailable');
    expect(f.message).toContain('no pod can ever be evicted');
  });

  test('fails for minAvailable 100%', () => {
    expect(runRule(pdbBlocksEvictions, [pdb({ minAvailable: '100%' })])[0].path).toBe('/spec/minAvailable');
  });
});

describe('pdb-unhealthy-pod-eviction-policy', () => {
  test('passes for AlwaysAllow', () => {
    expect(runRule(pdbUnhealthyPodEvictionPolicy, [pdb({ unhealthyPodEvictionPolicy: 'AlwaysAllow' })])).toEqual([]);
  });

  test('reports the default and IfHealthyBudget at info', () => {
    const [f] = runRule(pdbUnhealthyPodEvictionPolicy, [pdb({})]);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('default IfHealthyBudget');
    expect(runRule(pdbUnhealthyPodEvictionPolicy, [pdb({ unhealthyPodEvictionPolicy: 'IfHealthyBudget' })])[0].path).toBe('/spec/unhealthyPodEvictionPolicy');
  });
});

describe('hpa-replicas', () => {
  test('passes with minReplicas >= 2 and room to scale', () => {
    expect(runRule(hpaReplicas, [hpa({ minReplicas: 2, maxReplicas: 5 })])).toEqual([]);
  });

  test('reports the default minReplicas of 1', () => {
    const [f] = runRule(hpaReplicas, [hpa({ maxReplicas: 5 })]);
    expect(f.path).toBe('/spec');
    expect(f.message).toBe('the HorizontalPodAutoscaler sets no minReplicas (default 1); keep at least 2');
  });

  test('reports maxReplicas not above minReplicas, and a missing maxReplicas', () => {
    expect(runRule(hpaReplicas, [hpa({ minReplicas: 3, maxReplicas: 3 })])[0].message).toContain('cannot scale up');
    expect(runRule(hpaReplicas, [hpa({ minReplicas: 3 })])[0].message).toContain('not a number');
  });

  test('the minReplicas option sets the floor', () => {
    expect(runRule(hpaReplicas, [hpa({ minReplicas: 2, maxReplicas: 5 })], { ruleOptions: { minReplicas: 3 } })).toHaveLength(1);
  });
});

describe('exact findings of the PDB and HPA rules', () => {
  const findings = (rule: typeof hpaReplicas, manifest: unknown) => runRule(rule, [manifest]).map((f) => [f.path, f.message]);

  test('pdb-blocks-evictions: only a well-formed 100% minAvailable blocks; an integer 100 does not', () => {
    expect(findings(pdbBlocksEvictions, pdb({ minAvailable: ' 100 % ' }))).toEqual([
      ['/spec/minAvailable', 'the PodDisruptionBudget sets minAvailable=" 100 % ", so no pod can ever be evicted'],
    ]);
    expect(findings(pdbBlocksEvictions, pdb({ minAvailable: 100 }))).toEqual([]);
    for (const malformed of ['100%x', 'x100%', '100x%', '100% x']) expect(findings(pdbBlocksEvictions, pdb({ minAvailable: malformed }))).toEqual([]);
  });

  test('hpa-replicas: a minReplicas below the floor or not a number', () => {
    expect(findings(hpaReplicas, hpa({ minReplicas: 1, maxReplicas: 5 }))).toEqual([
      ['/spec/minReplicas', 'the HorizontalPodAutoscaler sets minReplicas=1; keep at least 2'],
    ]);
    expect(findings(hpaReplicas, hpa({ minReplicas: 'two', maxReplicas: 5 }))).toEqual([
      ['/spec/minReplicas', 'the HorizontalPodAutoscaler sets minReplicas="two"; keep at least 2'],
    ]);
  });

  test('hpa-replicas: maxReplicas not a number or not above minReplicas', () => {
    expect(findings(hpaReplicas, hpa({ minReplicas: 2, maxReplicas: 'ten' }))).toEqual([
      ['/spec/maxReplicas', 'the HorizontalPodAutoscaler has maxReplicas="ten", not a number'],
    ]);
    expect(findings(hpaReplicas, hpa({ minReplicas: 3, maxReplicas: 2 }))).toEqual([
      ['/spec/maxReplicas', 'the HorizontalPodAutoscaler has maxReplicas 2, not above minReplicas 3, so it cannot scale up'],
    ]);
  });

  test('pdb-unhealthy-pod-eviction-policy: names an explicit policy', () => {
    expect(findings(pdbUnhealthyPodEvictionPolicy, pdb({ unhealthyPodEvictionPolicy: 'IfHealthyBudget' }))).toEqual([
      ['/spec/unhealthyPodEvictionPolicy', 'the PodDisruptionBudget sets unhealthyPodEvictionPolicy="IfHealthyBudget"; not-ready pods then block node drains'],
    ]);
  });
});
