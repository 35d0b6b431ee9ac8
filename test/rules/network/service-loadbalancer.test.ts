import { serviceLoadBalancer } from '../../../src/rules/network/service-loadbalancer';
import { runRule } from '../../support/manifests';

function service(spec: Record<string, unknown>, name = 's'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'team' }, spec: { ports: [{ port: 80 }], ...spec } };
}

describe('service-loadbalancer', () => {
  test('reports type LoadBalancer and says whether source ranges limit it', () => {
    const findings = runRule(serviceLoadBalancer, [service({ type: 'LoadBalancer' }, 'open'), service({ type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.0/8'] }, 'limited')]);
    expect(findings.map((f) => f.message)).toEqual([
      'Service "open" has type LoadBalancer with no loadBalancerSourceRanges, so it accepts traffic from anywhere',
      'Service "limited" has type LoadBalancer, limited to 1 source range(s)',
    ]);
  });

  test('passes other types', () => {
    expect(runRule(serviceLoadBalancer, [service({ type: 'NodePort' }), service({})])).toEqual([]);
  });
});

describe('service-loadbalancer: location', () => {
  test('points at spec.type', () => {
    expect(runRule(serviceLoadBalancer, [service({ type: 'LoadBalancer' })]).map((f) => f.path)).toEqual(['/spec/type']);
  });
});
