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
