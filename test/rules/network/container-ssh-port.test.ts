import { containerSshPort } from '../../../src/rules/network/container-ssh-port';
import { cronJob, deployment, pod, runRule, safeContainer } from '../../support/manifests';

const withPorts = (ports: unknown[], name = 'app') => safeContainer(name, { ports });

describe('container-ssh-port', () => {
  test('reports containerPort 22 and a port named ssh, in any container type and workload kind', () => {
    const findings = runRule(containerSshPort, [
      deployment({ containers: [withPorts([{ containerPort: 8080 }, { containerPort: 22 }])] }),
      cronJob({ containers: [safeContainer()], initContainers: [withPorts([{ name: 'ssh', containerPort: 2222 }], 'init')] }),
    ]);
    expect(findings.map((f) => [f.resource.kind, f.path, f.container])).toEqual([
      ['Deployment', '/spec/template/spec/containers/0/ports/1/containerPort', 'app'],
      ['CronJob', '/spec/jobTemplate/spec/template/spec/initContainers/0/ports/0/containerPort', 'init'],
    ]);
  });

  test('passes other ports', () => {
    expect(runRule(containerSshPort, [pod({ containers: [withPorts([{ containerPort: 8022, name: 'http' }])] })])).toEqual([]);
  });
});

describe('container-ssh-port: message', () => {
  test('names the container, the port and its name; a named entry without containerPort is not a port', () => {
    const findings = runRule(containerSshPort, [pod({ containers: [withPorts([{ name: 'ssh', containerPort: 2222 }, { containerPort: 22 }, { name: 'ssh' }])] })]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/containers/0/ports/0/containerPort', 'container "app" declares containerPort 2222 ("ssh"), the SSH port'],
      ['/spec/containers/0/ports/1/containerPort', 'container "app" declares containerPort 22, the SSH port'],
    ]);
  });
});
