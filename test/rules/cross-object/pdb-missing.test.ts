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
