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
