import { hostProbesLifecycle } from '../../../src/rules/pss/host-probes-lifecycle';
import { acrossWorkloads, bare, check, paths } from './helpers';

const probing = (host: unknown) =>
  bare('app', {
    livenessProbe: { httpGet: { port: 8080, host } },
    readinessProbe: { tcpSocket: { port: 8080, host } },
    startupProbe: { httpGet: { port: 8080, path: '/ready' } },
    lifecycle: { postStart: { httpGet: { port: 80, host } }, preStop: { tcpSocket: { port: 80, host } } },
  });

describe('pss-host-probes-lifecycle', () => {
  test('passes for probes and hooks without host or with an empty host', () => {
    expect(check(hostProbesLifecycle, { containers: [probing('')] })).toEqual([]);
    expect(check(hostProbesLifecycle, { containers: [bare('a', { livenessProbe: { httpGet: { port: 1 } }, lifecycle: { preStop: { exec: { command: ['x'] } } } })] })).toEqual([]);
  });

  test('fails for every probe and lifecycle handler host from 1.34', () => {
    const findings = check(hostProbesLifecycle, { containers: [probing('169.254.169.254')] }, 'v1.34');
    expect(paths(findings)).toEqual([
      '/spec/containers/0/lifecycle/postStart/httpGet/host',
      '/spec/containers/0/lifecycle/preStop/tcpSocket/host',
      '/spec/containers/0/livenessProbe/httpGet/host',
      '/spec/containers/0/readinessProbe/tcpSocket/host',
    ]);
    expect(findings.map((f) => f.message)).toContain('container "app" sets livenessProbe.httpGet.host="169.254.169.254"');
  });

  test('a host is found in a container whatever single probe or hook carries it', () => {
    const only = (field: string, handler: Record<string, unknown>) => bare('app', { [field]: handler });
    const host = { httpGet: { port: 80, host: '10.0.0.1' } };
    const spec = { containers: [only('livenessProbe', host), only('readinessProbe', host), only('startupProbe', host), only('lifecycle', { preStop: host })] };
    expect(paths(check(hostProbesLifecycle, spec, 'v1.34'))).toEqual([
      '/spec/containers/0/livenessProbe/httpGet/host',
      '/spec/containers/1/readinessProbe/httpGet/host',
      '/spec/containers/2/startupProbe/httpGet/host',
      '/spec/containers/3/lifecycle/preStop/httpGet/host',
    ]);
  });

  test('does not exist before 1.34 (version boundary 1.33 → 1.34)', () => {
    const spec = { containers: [probing('10.0.0.1')] };
    expect(check(hostProbesLifecycle, spec, 'v1.33')).toEqual([]);
    expect(check(hostProbesLifecycle, spec, 'v1.34')).toHaveLength(4);
    expect(check(hostProbesLifecycle, spec, 'latest')).toHaveLength(4);
  });

  test('init containers are checked too', () => {
    expect(paths(check(hostProbesLifecycle, { initContainers: [bare('i', { startupProbe: { tcpSocket: { port: 1, host: 'h' } } })], containers: [bare()] }))).toEqual([
      '/spec/initContainers/0/startupProbe/tcpSocket/host',
    ]);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(hostProbesLifecycle, { containers: [bare('a', { readinessProbe: { httpGet: { port: 1, host: 'x' } } })] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/readinessProbe/httpGet/host']);
  });
});
