import { serviceNodePort } from '../../../src/rules/network/service-nodeport';
import { runRule } from '../../support/manifests';

function service(spec: Record<string, unknown>, name = 's'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'team' }, spec: { ports: [{ port: 80 }], ...spec } };
}

describe('service-nodeport', () => {
  test('reports type NodePort at spec.type', () => {
    const findings = runRule(serviceNodePort, [service({ type: 'NodePort' })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: '/spec/type', message: 'Service "s" has type NodePort and is reachable on every node' });
  });

  test('passes ClusterIP (explicit or default) and LoadBalancer', () => {
    expect(runRule(serviceNodePort, [service({}), service({ type: 'ClusterIP' }), service({ type: 'LoadBalancer' })])).toEqual([]);
  });
});
