import { probePort } from '../../../src/rules/availability/probe-port';
import { pod, runRule, safeContainer } from '../../support/manifests';

const c = (ports: unknown, probes: Record<string, unknown>, name = 'app') => safeContainer(name, { ports, ...probes });

describe('probe-port', () => {
  test('passes for a named port that exists and a declared number', () => {
    const container = c([{ name: 'http', containerPort: 8080 }], { livenessProbe: { httpGet: { port: 'http' } }, readinessProbe: { tcpSocket: { port: 8080 } } });
    expect(runRule(probePort, [pod({ containers: [container] })])).toEqual([]);
  });

  test('a numeric port passes when the container declares no ports at all', () => {
    expect(runRule(probePort, [pod({ containers: [c(undefined, { livenessProbe: { httpGet: { port: 9000 } } })] })])).toEqual([]);
  });

  test('fails for a named port the container lacks, listing the names it has', () => {
    const [f] = runRule(probePort, [pod({ containers: [c([{ name: 'http', containerPort: 8080 }], { livenessProbe: { httpGet: { port: 'htpt' } } })] })]);
    expect(f.path).toBe('/spec/containers/0/livenessProbe/httpGet/port');
    expect(f.message).toBe('the livenessProbe of container "app" targets the named port "htpt", but the container has no port with that name (it has http)');
  });

  test('fails for an undeclared number, a quoted number and a wrong type', () => {
    const ports = [{ name: 'http', containerPort: 8080 }];
    expect(runRule(probePort, [pod({ containers: [c(ports, { startupProbe: { grpc: { port: 9090 } } })] })])[0].message).toContain('port 9090, which is not one of the container\'s ports (8080)');
    expect(runRule(probePort, [pod({ containers: [c(ports, { readinessProbe: { httpGet: { port: '8080' } } })] })])[0].message).toContain('quoted number');
    expect(runRule(probePort, [pod({ containers: [c(ports, { readinessProbe: { tcpSocket: { port: true } } })] })])[0].message).toContain('neither a number nor a name');
  });

  test('init containers (sidecars) are checked; exec probes are ignored', () => {
    const spec = {
      containers: [c(undefined, { livenessProbe: { exec: { command: ['true'] } } })],
      initContainers: [c([{ name: 'admin', containerPort: 9901 }], { restartPolicy: 'Always', readinessProbe: { httpGet: { port: 'ready' } } }, 'proxy')],
    };
    expect(runRule(probePort, [pod(spec)]).map((f) => f.container)).toEqual(['proxy']);
  });
});
