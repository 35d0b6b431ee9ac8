import { isValidPortName, serviceTargetPort } from '../../../src/rules/cross-object/service-target-port';
import { runRule, safeContainer } from '../../support/manifests';
import { app, service } from './fixtures';

const WEB = app('web', { app: 'web', tier: 'front' }, 'team', { containers: [safeContainer('app', { ports: [{ name: 'http', containerPort: 8080 }] })] });

describe('service-target-port', () => {
  test('reports a named targetPort the selected pods do not declare, and invalid names', () => {
    const svc = service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }, { port: 81, targetPort: 'metrics' }, { port: 82, targetPort: 'Not_Valid' }, { port: 83, targetPort: 8080 }, { port: 84, targetPort: '8080' }] });
    const findings = runRule(serviceTargetPort, [WEB, svc]);
    expect(findings.map((f) => f.path)).toEqual(['/spec/ports/1/targetPort', '/spec/ports/2/targetPort', '/spec/ports/4/targetPort']);
    expect(findings[2].message).toContain('write the number without quotes');
    expect(findings[0].message).toBe('Service "web" ports[1].targetPort "metrics" is not a named containerPort of the pods it selects');
  });

  test('port name syntax follows IANA_SVC_NAME', () => {
    expect(['http', 'grpc-web', 'h2c', 'a1'].map(isValidPortName)).toEqual([true, true, true, true]);
    expect(['', 'HTTP', '-http', 'http-', 'a--b', '1234', 'sixteen-chars-xx'].map(isValidPortName)).toEqual([false, false, false, false, false, false, false]);
  });
});
