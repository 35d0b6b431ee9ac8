import { networkPolicySelectsNothing } from '../../../src/rules/cross-object/networkpolicy-selects-nothing';
import { runRule } from '../../support/manifests';
import { app, DENY_ALL, netpol } from './fixtures';

const WEB = app('web', { app: 'web' });

describe('networkpolicy-selects-nothing', () => {
  test('reports a podSelector and a same-namespace peer selector that match no workload', () => {
    const policy = netpol('typo', {
      podSelector: { matchLabels: { app: 'wbe' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }, { podSelector: { matchLabels: { app: 'gone' } } }] }],
      egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'dns' } } }] }],
    });
    const findings = runRule(networkPolicySelectsNothing, [WEB, policy]);
    expect(findings.map((f) => f.path)).toEqual(['/spec/podSelector', '/spec/ingress/0/from/1/podSelector']);
    expect(findings[0].message).toBe('NetworkPolicy "typo" podSelector (app=wbe) matches no workload in namespace "team"');
  });

  test('passes matching and empty selectors', () => {
    expect(runRule(networkPolicySelectsNothing, [WEB, netpol('ok', { podSelector: { matchLabels: { app: 'web' } } }), netpol('all', DENY_ALL)])).toEqual([]);
  });

  test('a workload in another namespace does not count', () => {
    expect(runRule(networkPolicySelectsNothing, [app('web', { app: 'web' }, 'other'), netpol('p', { podSelector: { matchLabels: { app: 'web' } } })])).toHaveLength(1);
  });
});

describe('networkpolicy-selects-nothing: more selectors', () => {
  test('egress peers are checked too, with the full path and message', () => {
    const policy = netpol('out', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }] });
    expect(runRule(networkPolicySelectsNothing, [WEB, policy]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/egress/0/to/0/podSelector', 'NetworkPolicy "out" egress[0].to[0].podSelector (app=db) matches no workload in namespace "team"'],
    ]);
  });

  test('empty or missing podSelectors are never reported, even in a namespace without workloads', () => {
    expect(runRule(networkPolicySelectsNothing, [WEB, netpol('all', DENY_ALL, 'empty'), netpol('none', { policyTypes: ['Ingress'] }, 'empty')])).toEqual([]);
  });

  test('a policy without a name is shown as "?"', () => {
    const nameless = { ...netpol('x', { podSelector: { matchLabels: { app: 'wbe' } } }), metadata: { namespace: 'team' } };
    expect(runRule(networkPolicySelectsNothing, [WEB, nameless]).map((f) => f.message)).toEqual(['NetworkPolicy "?" podSelector (app=wbe) matches no workload in namespace "team"']);
  });
});
