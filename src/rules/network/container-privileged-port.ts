import { defineRule, Violation } from '../../engine/rule';
import { asInteger } from '../../engine/values';
import { NO_VIOLATIONS } from '../../engine/outcome-list';
import { containerPorts, describePort } from './container-ports';

/** Ports below 1024 traditionally need root or NET_BIND_SERVICE inside the container. */
export const containerPrivilegedPort = defineRule(
  {
    id: 'container-privileged-port',
    title: 'Container listens on a privileged port',
    severity: 'info',
    category: 'network',
    description:
      'Binding a port below 1024 needs root or the NET_BIND_SERVICE capability unless the runtime lowers `net.ipv4.ip_unprivileged_port_start`; images that expect it tend to run as root. The Service can still expose port 80 or 443 with a higher `targetPort`.',
    remediation: 'Listen on a port of 1024 or above (e.g. 8080) inside the container and map it with the Service `port`/`targetPort`.',
    equivalents: { 'kube-linter': ['privileged-ports'], 'trivy': ['KSV117'] },
    defaultOptions: { below: 1024 },
  },
  (object, context) => {
    const ports = containerPorts(object);
    let out: Violation[] | undefined;
    // Stryker disable next-line ConditionalExpression: fast path; the loop finds nothing in an empty list either
    if (!ports.length) return NO_VIOLATIONS;
    const below = asInteger(context.options.below) ?? 1024;
    for (let i = 0; i < ports.length; i++) {
      const p = ports[i];
      if (p.port > 0 && p.port < below) (out ??= []).push({ path: p.path, container: p.container.name, message: `${describePort(p)}, below ${below}` });
    }
    return out ?? NO_VIOLATIONS;
  },
  { podSpecs: true },
);
