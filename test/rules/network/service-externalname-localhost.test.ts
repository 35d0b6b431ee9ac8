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

describe('service-externalname-localhost: exact matching', () => {
  const findings = (manifest: Record<string, unknown>) => runRule(serviceExternalNameLocalhost, [manifest]).map((f) => [f.path, f.message]);

  test.each([' localhost ', '127.10.200.30', '[::1]', '::', '0:0:0:0:0:0:0:1', '169.254.10.20'])('"%s" is local', (name) => {
    expect(findings(service({ type: 'ExternalName', externalName: name }, 'node'))).toEqual([
      ['/spec/externalName', `Service "node" has externalName "${name}", which resolves to the client's own node`],
    ]);
  });

  test.each(['svc-127.0.0.1', '127.0.0.1.example.com', 'x169.254.1.1', '169.254.1.1.example.com'])('"%s" is not local: addresses must be the whole name', (name) => {
    expect(isLocalTarget(name)).toBe(false);
    expect(findings(service({ type: 'ExternalName', externalName: name }))).toEqual([]);
  });

  test('an unnamed Service is named by its kind; a missing externalName is not reported', () => {
    expect(findings({ apiVersion: 'v1', kind: 'Service', spec: { type: 'ExternalName', externalName: 'localhost' } })).toEqual([
      ['/spec/externalName', 'Service has externalName "localhost", which resolves to the client\'s own node'],
    ]);
    expect(findings(service({ type: 'ExternalName' }))).toEqual([]);
  });

  test('only core v1 Services are checked', () => {
    const spec = { type: 'ExternalName', externalName: 'localhost' };
    const knative = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'kn' }, spec };
    const otherKind = { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'rc' }, spec };
    expect(runRule(serviceExternalNameLocalhost, [knative, otherKind])).toEqual([]);
  });
});
