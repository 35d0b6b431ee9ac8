import { isLocalTarget, serviceExternalNameLocalhost } from '../../../src/rules/network/service-externalname-localhost';
import { runRule } from '../../support/manifests';

function service(spec: Record<string, unknown>, name = 's'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'team' }, spec: { ports: [{ port: 80 }], ...spec } };
}

describe('service-externalname-localhost', () => {
  test.each(['localhost', 'LOCALHOST.', 'api.localhost', '127.0.0.1', '127.1.2.3', '::1', '0.0.0.0', '169.254.169.254'])('%s is local', (name) => {
    expect(isLocalTarget(name)).toBe(true);
    expect(runRule(serviceExternalNameLocalhost, [service({ type: 'ExternalName', externalName: name })])).toHaveLength(1);
  });

  test.each(['db.example.com', 'localhost.example.com', '128.0.0.1'])('%s is not local', (name) => {
    expect(runRule(serviceExternalNameLocalhost, [service({ type: 'ExternalName', externalName: name })])).toEqual([]);
  });

  test('only ExternalName Services are checked', () => {
    expect(runRule(serviceExternalNameLocalhost, [service({ externalName: 'localhost' })])).toEqual([]);
  });
});
