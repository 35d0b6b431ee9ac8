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

  const messages = (container: Record<string, unknown>) => runRule(probePort, [pod({ containers: [container] })]).map((f) => f.message);

  test('lists every declared name and number in the message, and nothing when there are none', () => {
    const two = [{ name: 'http', containerPort: 8080 }, { name: 'admin', containerPort: 8443 }];
    expect(messages(c(two, { livenessProbe: { httpGet: { port: 'metrics' } }, readinessProbe: { tcpSocket: { port: 9090 } } }))).toEqual([
      'the livenessProbe of container "app" targets the named port "metrics", but the container has no port with that name (it has http, admin)',
      'the readinessProbe of container "app" targets port 9090, which is not one of the container\'s ports (8080, 8443)',
    ]);
    expect(messages(c(undefined, { livenessProbe: { httpGet: { port: 'http' } } }))).toEqual([
      'the livenessProbe of container "app" targets the named port "http", but the container has no port with that name',
    ]);
    // Entries without a name or without a number add nothing to the lists.
    expect(messages(c([{ containerPort: 8080 }, { name: 'admin' }], { livenessProbe: { httpGet: { port: 'http' } }, readinessProbe: { tcpSocket: { port: 9090 } } }))).toEqual([
      'the livenessProbe of container "app" targets the named port "http", but the container has no port with that name (it has admin)',
      'the readinessProbe of container "app" targets port 9090, which is not one of the container\'s ports (8080)',
    ]);
    expect(messages(c([{ containerPort: 8080 }], { livenessProbe: { httpGet: { port: 'http' } } }))).toEqual([
      'the livenessProbe of container "app" targets the named port "http", but the container has no port with that name',
    ]);
  });

  test('a port matches only a declared value of its own type; each declared value is listed once', () => {
    // A number never matches a name or a quoted containerPort, a name never matches a number.
    const odd = [{ name: 8080, containerPort: '9090' }, { name: 'http', containerPort: 8443 }, { name: 'http', containerPort: 8443 }];
    expect(messages(c(odd, { livenessProbe: { httpGet: { port: 8080 } }, readinessProbe: { tcpSocket: { port: 9090 } }, startupProbe: { httpGet: { port: 'admin' } } }))).toEqual([
      'the livenessProbe of container "app" targets port 8080, which is not one of the container\'s ports (8443)',
      'the readinessProbe of container "app" targets port 9090, which is not one of the container\'s ports (8443)',
      'the startupProbe of container "app" targets the named port "admin", but the container has no port with that name (it has http)',
    ]);
    expect(messages(c(odd, { livenessProbe: { httpGet: { port: 8443 } }, readinessProbe: { tcpSocket: { port: 'http' } } }))).toEqual([]);
  });

  test('a NaN port (YAML .nan) matches a NaN containerPort, as the declared ports are compared as a set', () => {
    expect(messages(c([{ containerPort: NaN }], { livenessProbe: { tcpSocket: { port: NaN } } }))).toEqual([]);
    expect(messages(c([{ containerPort: 8080 }], { livenessProbe: { tcpSocket: { port: NaN } } }))).toEqual([
      'the livenessProbe of container "app" targets port NaN, which is not one of the container\'s ports (8080)',
    ]);
    expect(messages(c([{ containerPort: NaN }], { livenessProbe: { tcpSocket: { port: 8080 } } }))).toEqual([
      'the livenessProbe of container "app" targets port 8080, which is not one of the container\'s ports (NaN)',
    ]);
  });

  test('names that contain digits are names, not quoted numbers', () => {
    const ports = [{ name: 'http2', containerPort: 8080 }, { name: '2nd-http', containerPort: 8081 }];
    expect(messages(c(ports, { livenessProbe: { httpGet: { port: 'http2' } }, readinessProbe: { httpGet: { port: '2nd-http' } } }))).toEqual([]);
    expect(messages(c(ports, { readinessProbe: { httpGet: { port: '8080' } } }))).toEqual([
      'the readinessProbe of container "app" uses the string "8080" as port; a quoted number is read as a port name, which cannot be all digits',
    ]);
  });

  test('ephemeral containers are skipped', () => {
    const debug = { name: 'debug', image: 'busybox:1.36', livenessProbe: { httpGet: { port: 'missing' } } };
    expect(runRule(probePort, [pod({ containers: [safeContainer()], ephemeralContainers: [debug] })])).toEqual([]);
  });
});
