import { pdbMissing } from '../../../src/rules/cross-object/pdb-missing';
import { runRule } from '../../support/manifests';
import { app, hpa, pdb } from './fixtures';

const WEB = app('web', { app: 'web' }, 'team', {}, 3);

describe('pdb-missing', () => {
  test('reports a replicated workload without a PDB', () => {
    const findings = runRule(pdbMissing, [WEB]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('Deployment "web" runs 3 replicas but no PodDisruptionBudget in namespace "team" selects its pods');
  });

  test('passes with a selecting PDB (matchExpressions, or policy/v1 empty selector), and single replicas', () => {
    expect(runRule(pdbMissing, [WEB, pdb('p', { maxUnavailable: 1, selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } })])).toEqual([]);
    expect(runRule(pdbMissing, [WEB, pdb('p', { maxUnavailable: 1, selector: {} })])).toEqual([]);
    expect(runRule(pdbMissing, [app('one', { app: 'one' }, 'team', {}, 1)])).toEqual([]);
  });

  test('policy/v1beta1 empty selectors select nothing; HPA minReplicas decides for autoscaled workloads', () => {
    expect(runRule(pdbMissing, [WEB, pdb('p', { maxUnavailable: 1, selector: {} }, 'team', 'policy/v1beta1')])).toHaveLength(1);
    expect(runRule(pdbMissing, [app('one', { app: 'one' }, 'team', {}, 1), hpa('h', 'one', { minReplicas: 3 })])[0].message).toContain('is autoscaled from 3 replicas');
  });
});

describe('pdb-missing: which objects count', () => {
  const FOREIGN_PDB = { apiVersion: 'example.com/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p', namespace: 'team' }, spec: { maxUnavailable: 1, selector: {} } };
  const WEB_MESSAGE = 'Deployment "web" runs 3 replicas but no PodDisruptionBudget in namespace "team" selects its pods';

  test('a PodDisruptionBudget kind outside the policy/ API group does not cover a workload', () => {
    expect(runRule(pdbMissing, [WEB, FOREIGN_PDB]).map((f) => f.message)).toEqual([WEB_MESSAGE]);
  });

  test('a HorizontalPodAutoscaler kind outside the autoscaling/ API group does not set the replica floor', () => {
    const foreignHpa = { ...hpa('h', 'web', { minReplicas: 1 }), apiVersion: 'example.com/v1' };
    expect(runRule(pdbMissing, [WEB, foreignHpa]).map((f) => f.message)).toEqual([WEB_MESSAGE]);
  });

  test('an HPA only sets the floor of the workload it targets', () => {
    expect(runRule(pdbMissing, [WEB, hpa('h', 'other', { minReplicas: 1 })]).map((f) => f.message)).toEqual([WEB_MESSAGE]);
    expect(runRule(pdbMissing, [WEB, hpa('h', 'web', { minReplicas: 1 })])).toEqual([]);
  });

  test('an HPA without minReplicas (or with null) scales from 1 replica', () => {
    expect(runRule(pdbMissing, [WEB, hpa('h', 'web', { minReplicas: undefined })])).toEqual([]);
    expect(runRule(pdbMissing, [WEB, hpa('h', 'web', { minReplicas: null })])).toEqual([]);
  });

  test('the first HPA targeting a workload decides its floor', () => {
    const findings = runRule(pdbMissing, [WEB, hpa('h1', 'web', { minReplicas: 4 }), hpa('h2', 'web', { minReplicas: 1 })]);
    expect(findings.map((f) => f.message)).toEqual(['Deployment "web" is autoscaled from 4 replicas but no PodDisruptionBudget in namespace "team" selects its pods']);
  });

  test('an HPA without a target name sets no floor, even for a Deployment literally named "undefined"', () => {
    const named = app('undefined', { app: 'u' }, 'team', {}, 3);
    const nameless = hpa('h', 'x', { minReplicas: 1, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment' } });
    expect(runRule(pdbMissing, [named, nameless]).map((f) => f.message)).toEqual(['Deployment "undefined" runs 3 replicas but no PodDisruptionBudget in namespace "team" selects its pods']);
  });

  test('a workload without a name is still reported and is not autoscaled (not even by an HPA targeting "undefined")', () => {
    const unnamed = app('web', { app: 'web' }, 'team', {}, 3) as { metadata: Record<string, unknown> };
    delete unnamed.metadata.name;
    expect(runRule(pdbMissing, [unnamed, hpa('h', 'undefined', { minReplicas: 1 })]).map((f) => f.message)).toEqual(['Deployment runs 3 replicas but no PodDisruptionBudget in namespace "team" selects its pods']);
  });

  test('the minReplicas option sets the threshold, inclusive', () => {
    expect(runRule(pdbMissing, [WEB], { ruleOptions: { minReplicas: 4 } })).toEqual([]);
    expect(runRule(pdbMissing, [WEB], { ruleOptions: { minReplicas: 3 } })).toHaveLength(1);
    expect(runRule(pdbMissing, [app('two', { app: 'two' }, 'team', {}, 2)]).map((f) => f.message)).toEqual(['Deployment "two" runs 2 replicas but no PodDisruptionBudget in namespace "team" selects its pods']);
  });

  test('bare Pods are not replicated workloads, even with minReplicas 1', () => {
    const bare = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'solo', namespace: 'team', labels: { app: 'solo' } }, spec: { containers: [{ name: 'app', image: 'x:1' }] } };
    expect(runRule(pdbMissing, [bare], { ruleOptions: { minReplicas: 1 } })).toEqual([]);
  });

  test('a templated (non-integer) replica count is not reported', () => {
    const templated = app('web', { app: 'web' }, 'team', {}, 3) as { spec: Record<string, unknown> };
    templated.spec.replicas = '${REPLICAS}';
    expect(runRule(pdbMissing, [templated])).toEqual([]);
  });
});
