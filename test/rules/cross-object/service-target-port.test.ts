import { isValidPortName, serviceTargetPort } from '../../../src/rules/cross-object/service-target-port';
import { evaluate } from '../../../src/engine/evaluate';
import { resolveRule } from '../../../src/profiles/profile';
import { parseKubernetesVersion } from '../../../src/engine/version';
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

describe('service-target-port: edge cases', () => {
  test('port names of 1 and of 15 characters are valid', () => {
    expect(['a', 'fifteen-chars-x'].map(isValidPortName)).toEqual([true, true]);
  });

  test('a named targetPort of a Service that selects no pods is left to service-selects-nothing', () => {
    const svc = service('orphan', { selector: { app: 'nothing-has-this' }, ports: [{ port: 80, targetPort: 'metrics' }, { port: 81, targetPort: 'http' }] });
    expect(runRule(serviceTargetPort, [WEB, svc])).toEqual([]);
  });

  test('Service kinds outside the core v1 API are ignored', () => {
    const svc = { ...service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'metrics' }] }), apiVersion: 'example.com/v1' };
    expect(runRule(serviceTargetPort, [WEB, svc])).toEqual([]);
  });

  test('only the pod template the Service selects declares its ports, in objects with several templates', () => {
    const template = (role: string, port: string) => ({ metadata: { labels: { app: 'train', role } }, spec: { containers: [safeContainer('main', { ports: [{ name: port, containerPort: 9000 }] })] } });
    const job = { apiVersion: 'example.com/v1', kind: 'TrainingJob', metadata: { name: 'train', namespace: 'team' }, spec: { launcher: { template: template('launcher', 'metrics') }, worker: { template: template('worker', 'http') } } };
    const svc = service('workers', { selector: { app: 'train', role: 'worker' }, ports: [{ port: 80, targetPort: 'http' }, { port: 81, targetPort: 'metrics' }] });
    const profile = { name: 'test', kubernetesVersion: parseKubernetesVersion('latest'), rules: [resolveRule(serviceTargetPort, {})] };
    const podTemplateLocations = [
      { kind: 'TrainingJob', templatePath: '/spec/launcher/template' },
      { kind: 'TrainingJob', templatePath: '/spec/worker/template' },
    ];
    const findings = evaluate([job, svc].map((manifest) => ({ manifest })), profile, { podTemplateLocations }).findings;
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/ports/1/targetPort', 'Service "workers" ports[1].targetPort "metrics" is not a named containerPort of the pods it selects'],
    ]);
  });

  test('messages name the offending targetPort exactly', () => {
    const svc = service('web', { selector: { app: 'web' }, ports: [{ port: 82, targetPort: 'Not_Valid' }, { port: 84, targetPort: '8080' }] });
    expect(runRule(serviceTargetPort, [WEB, svc]).map((f) => f.message)).toEqual([
      'Service "web" ports[0].targetPort "Not_Valid" is not a valid port name (1-15 lower-case letters, digits and hyphens)',
      'Service "web" ports[1].targetPort "8080" is a string, which the API reads as a port name and rejects; write the number without quotes',
    ]);
  });

  test('a numeric string is recognised as a whole: "8080x" and "x8080" are invalid names, not numbers', () => {
    const svc = service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: '8080x' }, { port: 81, targetPort: 'x8080' }] });
    expect(runRule(serviceTargetPort, [WEB, svc]).map((f) => f.message)).toEqual([
      'Service "web" ports[0].targetPort "8080x" is not a named containerPort of the pods it selects',
      'Service "web" ports[1].targetPort "x8080" is not a named containerPort of the pods it selects',
    ]);
  });

  test('invalid names are reported even when the Service selects no pods', () => {
    const svc = service('web', { selector: { app: 'none' }, ports: [{ port: 80, targetPort: 'Not_Valid' }] });
    expect(runRule(serviceTargetPort, [WEB, svc]).map((f) => f.path)).toEqual(['/spec/ports/0/targetPort']);
  });
});
