import { networkPolicyDefaultDeny } from '../../../src/rules/cross-object/networkpolicy-default-deny';
import { runRule } from '../../support/manifests';
import { app, netpol, object } from './fixtures';

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
