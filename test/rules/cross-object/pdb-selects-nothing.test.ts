import { pdbSelectsNothing } from '../../../src/rules/cross-object/pdb-selects-nothing';
import { runRule } from '../../support/manifests';
import { app, pdb } from './fixtures';

const WEB = app('web', { app: 'web' }, 'team', {}, 3);

describe('pdb-selects-nothing', () => {
  test('reports a PDB whose selector matches nothing, passes one that matches', () => {
    const findings = runRule(pdbSelectsNothing, [WEB, pdb('typo', { maxUnavailable: 1, selector: { matchLabels: { app: 'wbe' } } }), pdb('ok', { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } })]);
    expect(findings.map((f) => [f.resource.name, f.message])).toEqual([['typo', 'PodDisruptionBudget "typo" selector (app=wbe) matches no workload in namespace "team"']]);
  });

  test('an empty selector selects every pod of the namespace in policy/v1 and none in policy/v1beta1', () => {
    const findings = runRule(pdbSelectsNothing, [WEB, pdb('all', { maxUnavailable: 1, selector: {} }), pdb('legacy', { maxUnavailable: 1, selector: {} }, 'team', 'policy/v1beta1')]);
    expect(findings.map((f) => [f.resource.name, f.message])).toEqual([['legacy', 'PodDisruptionBudget "legacy" selector (an empty selector) matches no workload in namespace "team"']]);
  });
});

describe('pdb-selects-nothing: location and names', () => {
  test('points at spec.selector; a PDB without a name is shown as "?"', () => {
    const nameless = { ...pdb('x', { maxUnavailable: 1, selector: { matchLabels: { app: 'wbe' } } }), metadata: { namespace: 'team' } };
    expect(runRule(pdbSelectsNothing, [WEB, nameless]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/selector', 'PodDisruptionBudget "?" selector (app=wbe) matches no workload in namespace "team"'],
    ]);
  });
});
