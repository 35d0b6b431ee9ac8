import { defineRule, Violation } from '../../engine/rule';
import { NO_VIOLATIONS } from '../../engine/outcome-list';
import { containerPorts, describePort } from './container-ports';

/** An SSH server in a container is a second, unmanaged way in. */
export const containerSshPort = defineRule(
  {
    id: 'container-ssh-port',
    title: 'Container exposes SSH',
    severity: 'warning',
    category: 'network',
    description:
      'A container that listens on port 22 (or names a port `ssh`) runs an SSH server: a remote login path with its own credentials that bypasses Kubernetes RBAC and audit logging.',
    remediation: 'Remove the SSH server from the image; use `kubectl exec` or ephemeral debug containers, which RBAC controls and the API server audits.',
    equivalents: { 'kube-linter': ['ssh-port'] },
  },
  (object) => {
    const ports = containerPorts(object);
    let out: Violation[] | undefined;
    for (let i = 0; i < ports.length; i++) {
      const p = ports[i];
      if (p.port === 22 || p.name?.toLowerCase() === 'ssh') (out ??= []).push({ path: p.path, container: p.container.name, message: `${describePort(p)}, the SSH port` });
    }
    return out ?? NO_VIOLATIONS;
  },
  { podSpecs: true },
);
