import { containerPrivilegedPort } from '../../../src/rules/network/container-privileged-port';
import { pod, runRule, safeContainer } from '../../support/manifests';

const withPorts = (ports: unknown[], name = 'app') => safeContainer(name, { ports });

describe('container-privileged-port', () => {
  test('reports ports below 1024 at info severity, also written as a string', () => {
    const findings = runRule(containerPrivilegedPort, [pod({ containers: [withPorts([{ containerPort: 80 }, { containerPort: '443' }, { containerPort: 8443 }])] })]);
    expect(findings.map((f) => f.path)).toEqual(['/spec/containers/0/ports/0/containerPort', '/spec/containers/0/ports/1/containerPort']);
    expect(findings[0]).toMatchObject({ severity: 'info', message: 'container "app" declares containerPort 80, below 1024' });
  });

  test('passes unprivileged ports; the threshold is an option', () => {
    const manifest = pod({ containers: [withPorts([{ containerPort: 1024 }, { containerPort: 8080 }])] });
    expect(runRule(containerPrivilegedPort, [manifest])).toEqual([]);
    expect(runRule(containerPrivilegedPort, [manifest], { ruleOptions: { below: 2000 } })).toHaveLength(1);
  });
});

describe('container-privileged-port: invalid ports', () => {
  test('port 0 and negative ports are not privileged ports', () => {
    expect(runRule(containerPrivilegedPort, [pod({ containers: [withPorts([{ containerPort: 0 }, { containerPort: -80 }])] })])).toEqual([]);
  });
});
