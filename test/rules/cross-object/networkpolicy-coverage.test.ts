import { networkPolicyCoverage } from '../../../src/rules/cross-object/networkpolicy-coverage';
import { runRule } from '../../support/manifests';
import { app, DENY_ALL, netpol } from './fixtures';

const WEB = app('web', { app: 'web' });

const API = app('api', { app: 'api', tier: 'back' });

describe('networkpolicy-coverage', () => {
  test('reports workloads no policy selects, and names the missing direction', () => {
    const findings = runRule(networkPolicyCoverage, [WEB, API, netpol('api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{}] })]);
    expect(findings.map((f) => [f.resource.name, f.path])).toEqual([
      ['web', '/spec/template/metadata'],
      ['api', '/spec/template/metadata'],
    ]);
    expect(findings[0].message).toBe('Deployment "web" is not selected by any NetworkPolicy in namespace "team", so ingress and egress traffic is unrestricted');
    expect(findings[1].message).toBe('Deployment "api" is selected by NetworkPolicy "api-in" but not for Egress, so that traffic is unrestricted');
  });

  test('a default-deny policy covers every workload of its namespace only', () => {
    const other = app('other', { app: 'web' }, 'elsewhere');
    const findings = runRule(networkPolicyCoverage, [WEB, API, other, netpol('deny', DENY_ALL)]);
    expect(findings.map((f) => f.resource.name)).toEqual(['other']);
  });

  test('matchExpressions selectors and egress-implied policy types count', () => {
    const policy = netpol('back', { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, ingress: [], egress: [{}] });
    expect(runRule(networkPolicyCoverage, [API, policy])).toEqual([]);
  });

  test('options: only Ingress required, externally managed namespaces, hostNetwork pods skipped', () => {
    const ingressOnly = netpol('in', { podSelector: {} });
    expect(runRule(networkPolicyCoverage, [WEB, ingressOnly], { ruleOptions: { policyTypes: ['Ingress'] } })).toEqual([]);
    expect(runRule(networkPolicyCoverage, [WEB], { ruleOptions: { namespacesWithExternalPolicies: ['team'] } })).toEqual([]);
    expect(runRule(networkPolicyCoverage, [app('agent', { app: 'agent' }, 'team', { hostNetwork: true })])).toEqual([]);
  });

  test('objects without a namespace only match policies without a namespace', () => {
    const unspecified = app('web', { app: 'web' }, null);
    expect(runRule(networkPolicyCoverage, [unspecified, netpol('deny', DENY_ALL, 'default')])).toHaveLength(1);
    expect(runRule(networkPolicyCoverage, [unspecified, netpol('deny', DENY_ALL, null)])).toEqual([]);
  });
});

describe('networkpolicy-coverage: naming the selecting policies', () => {
  test('lists every policy that selects the workload, in input order', () => {
    const a = netpol('a', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] });
    const b = netpol('b', { podSelector: {}, policyTypes: ['Ingress'] });
    expect(runRule(networkPolicyCoverage, [WEB, a, b]).map((f) => f.message)).toEqual([
      'Deployment "web" is selected by NetworkPolicy "a", "b" but not for Egress, so that traffic is unrestricted',
    ]);
  });

  test('names the first three selecting policies and counts the rest', () => {
    const policies = ['p1', 'p2', 'p3', 'p4', 'p5'].map((name) => netpol(name, { podSelector: {}, policyTypes: ['Ingress'] }));
    expect(runRule(networkPolicyCoverage, [WEB, ...policies]).map((f) => f.message)).toEqual([
      'Deployment "web" is selected by NetworkPolicy "p1", "p2", "p3" and 2 more but not for Egress, so that traffic is unrestricted',
    ]);
  });

  test('policies with the same selector are counted together and named in input order among the others', () => {
    // 20 workloads on the same labels: policies with equal selectors share one list of them.
    const webs = Array.from({ length: 20 }, (_, i) => app(`web-${i}`, { app: 'web' }));
    const same = (name: string) => netpol(name, { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] });
    const other = netpol('other', { podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, policyTypes: ['Ingress'] });
    const messages = runRule(networkPolicyCoverage, [...webs, same('first'), other, same('third'), same('fourth')]).map((f) => f.message);
    expect(messages).toHaveLength(20);
    expect(new Set(messages)).toEqual(new Set(webs.map((_, i) => `Deployment "web-${i}" is selected by NetworkPolicy "first", "other", "third" and 1 more but not for Egress, so that traffic is unrestricted`)));
  });

  test('two policies that each cover one direction cover the workload together', () => {
    const ingress = netpol('in', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] });
    const egress = netpol('out', { podSelector: {}, policyTypes: ['Egress'] });
    expect(runRule(networkPolicyCoverage, [WEB, ingress, egress])).toEqual([]);
  });

  test('a selecting policy with an empty policyTypes list covers neither direction', () => {
    const empty = netpol('none', { podSelector: {}, policyTypes: [] });
    expect(runRule(networkPolicyCoverage, [WEB, empty]).map((f) => f.message)).toEqual([
      'Deployment "web" is selected by NetworkPolicy "none" but not for Ingress or Egress, so that traffic is unrestricted',
    ]);
  });
});

describe('networkpolicy-coverage: unnamed policies', () => {
  test('a selecting policy without a name is shown as "?"', () => {
    const nameless = { ...netpol('x', { podSelector: {}, policyTypes: ['Ingress'] }), metadata: { namespace: 'team' } };
    expect(runRule(networkPolicyCoverage, [WEB, nameless]).map((f) => f.message)).toEqual([
      'Deployment "web" is selected by NetworkPolicy "?" but not for Egress, so that traffic is unrestricted',
    ]);
  });
});
