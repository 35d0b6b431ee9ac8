import { hostPorts } from '../../../src/rules/pss/host-ports';
import { acrossWorkloads, bare, check, paths } from './helpers';

describe('pss-host-ports', () => {
  test('passes for container ports without hostPort or with hostPort 0', () => {
    expect(check(hostPorts, { containers: [bare('a', { ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] })] })).toEqual([]);
  });

  test('fails for a hostPort in any container type', () => {
    const spec = {
      initContainers: [bare('init', { ports: [{ containerPort: 1, hostPort: 1 }] })],
      containers: [bare('app', { ports: [{ containerPort: 80 }, { containerPort: 8080, hostPort: 8080 }] })],
      ephemeralContainers: [bare('dbg', { ports: [{ containerPort: 2, hostPort: 2 }] })],
    };
    const findings = check(hostPorts, spec);
    expect(paths(findings)).toEqual(['/spec/containers/0/ports/1/hostPort', '/spec/ephemeralContainers/0/ports/0/hostPort', '/spec/initContainers/0/ports/0/hostPort']);
    expect(findings.find((f) => f.container === 'app')!.message).toBe('container "app" sets ports[1].hostPort=8080');
  });

  test('a hostPort written as a string still fails, with a type note', () => {
    const [f] = check(hostPorts, { containers: [bare('app', { ports: [{ containerPort: 80, hostPort: '80' }] })] });
    expect(f.message).toMatch(/hostPort="80" \(the value is a string/);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(hostPorts, { containers: [bare('app', { ports: [{ containerPort: 80, hostPort: 80 }] })] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/ports/0/hostPort']);
  });
});
