import { serviceExternalIps } from '../../../src/rules/network/service-external-ips';
import { runRule } from '../../support/manifests';

function service(spec: Record<string, unknown>, name = 's'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'team' }, spec: { ports: [{ port: 80 }], ...spec } };
}

describe('service-external-ips', () => {
  test('reports externalIPs as an error', () => {
    const [finding] = runRule(serviceExternalIps, [service({ externalIPs: ['203.0.113.7'] })]);
    expect(finding).toMatchObject({ severity: 'error', path: '/spec/externalIPs' });
    expect(finding.message).toContain('203.0.113.7');
  });

  test('passes Services without externalIPs (or with an empty list)', () => {
    expect(runRule(serviceExternalIps, [service({}), service({ externalIPs: [] })])).toEqual([]);
  });
});

describe('service-external-ips: message', () => {
  test('lists every address as written', () => {
    expect(runRule(serviceExternalIps, [service({ externalIPs: ['203.0.113.7', '198.51.100.2'] }, 'edge')]).map((f) => f.message)).toEqual([
      'Service "edge" sets spec.externalIPs (203.0.113.7, 198.51.100.2) and captures traffic to those addresses on every node',
    ]);
  });

  test('only core v1 Services are checked', () => {
    expect(runRule(serviceExternalIps, [{ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'kn' }, spec: { externalIPs: ['203.0.113.7'] } }])).toEqual([]);
  });
});
