import { networkPolicyDefaultDeny } from '../../../src/rules/cross-object/networkpolicy-default-deny';
import { runRule } from '../../support/manifests';
import { app, DENY_ALL, netpol, object } from './fixtures';

const WEB = app('web', { app: 'web' });

describe('networkpolicy-default-deny', () => {
  test('reports a namespace with workloads but no default deny, on its Namespace object when defined', () => {
    const findings = runRule(networkPolicyDefaultDeny, [object('Namespace', 'team', null), WEB, netpol('allow', { podSelector: {}, ingress: [{}] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ resource: { kind: 'Namespace', name: 'team' }, path: '/metadata/name' });
    expect(findings[0].message).toBe('namespace "team" has workloads but no default-deny NetworkPolicy for Ingress and Egress');
  });

  test('without a Namespace object the first workload carries the finding; separate deny policies per direction count', () => {
    expect(runRule(networkPolicyDefaultDeny, [WEB, netpol('deny-in', { podSelector: {}, policyTypes: ['Ingress'] })]).map((f) => [f.resource.name, f.message])).toEqual([
      ['web', 'namespace "team" has workloads but no default-deny NetworkPolicy for Egress'],
    ]);
    const perDirection = [netpol('deny-in', { podSelector: {}, policyTypes: ['Ingress'] }), netpol('deny-out', { podSelector: {}, policyTypes: ['Egress'] })];
    expect(runRule(networkPolicyDefaultDeny, [WEB, ...perDirection])).toEqual([]);
  });

  test('a policy that selects only some pods is not a default deny', () => {
    expect(runRule(networkPolicyDefaultDeny, [WEB, netpol('web', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress', 'Egress'] })])).toHaveLength(1);
  });

  test('namespaces without workloads need nothing', () => {
    expect(runRule(networkPolicyDefaultDeny, [object('ConfigMap', 'c')])).toEqual([]);
  });
});

describe('networkpolicy-default-deny: what counts as a default deny', () => {
  const run = (manifests: unknown[], ruleOptions?: Record<string, unknown>): string[] => runRule(networkPolicyDefaultDeny, manifests, { ruleOptions }).map((f) => f.message);
  const BOTH = 'namespace "team" has workloads but no default-deny NetworkPolicy for Ingress and Egress';

  test('the legacy extensions/v1beta1 NetworkPolicy counts; a NetworkPolicy kind of another API group (Calico) does not', () => {
    expect(run([WEB, { ...netpol('deny', DENY_ALL), apiVersion: 'extensions/v1beta1' }])).toEqual([]);
    expect(run([WEB, { ...netpol('deny', DENY_ALL), apiVersion: 'crd.projectcalico.org/v1' }])).toEqual([BOTH]);
  });

  test('a policy with egress rules denies only ingress', () => {
    const denyIn = netpol('deny-in', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [], egress: [{ to: [{ namespaceSelector: {} }] }] });
    expect(run([WEB, denyIn])).toEqual(['namespace "team" has workloads but no default-deny NetworkPolicy for Egress']);
  });

  test('a default deny in another namespace does not count', () => {
    expect(run([WEB, netpol('deny', DENY_ALL, 'elsewhere')])).toEqual([BOTH]);
  });

  test('without a Namespace object the finding points at the first workload\'s metadata.namespace', () => {
    expect(runRule(networkPolicyDefaultDeny, [WEB]).map((f) => [f.resource.kind, f.resource.name, f.path])).toEqual([['Deployment', 'web', '/metadata/namespace']]);
  });

  test('option policyTypes: unknown names fall back to both directions', () => {
    expect(run([WEB], { policyTypes: ['ingress'] })).toEqual([BOTH]);
    expect(run([WEB], { policyTypes: [] })).toEqual([BOTH]);
  });

  test('option namespacesWithExternalPolicies skips listed namespaces; "-" names the unspecified namespace', () => {
    expect(run([WEB], { namespacesWithExternalPolicies: ['team'] })).toEqual([]);
    expect(run([WEB], { namespacesWithExternalPolicies: ['other'] })).toEqual([BOTH]);
    expect(run([app('web', { app: 'web' }, null)], { namespacesWithExternalPolicies: ['-'] })).toEqual([]);
  });
});
