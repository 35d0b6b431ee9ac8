import { describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString, isObject, isSet } from '../../engine/values';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/**
 * Whether one of the container's `ports` has `value` as its `field` (`name` or `containerPort`),
 * compared as a Set would (NaN, which YAML's `.nan` gives, equals itself). A loop instead of sets:
 * nearly every probe targets a declared port, and then nothing needs building.
 */
function declares(ports: readonly unknown[], field: 'name' | 'containerPort', value: string | number): boolean {
  for (let i = 0; i < ports.length; i++) {
    const declared = asObject(ports[i])[field];
    if (declared === value || (declared !== declared && value !== value)) return true;
  }
  return false;
}

/** The distinct port names (for a message about a named port), in order. */
function portNames(ports: readonly unknown[]): string[] {
  return [...new Set(ports.map((p) => asString(asObject(p).name)).filter((n): n is string => n !== undefined))];
}

/** The distinct port numbers (for a message about a numeric port), in order. */
function portNumbers(ports: readonly unknown[]): unknown[] {
  return [...new Set(ports.map((p) => asObject(p).containerPort).filter((n) => typeof n === 'number'))];
}

/** Probes must target a port the container declares. */
export const probePort = defineContainerRule(
  {
    id: 'probe-port',
    title: 'Probe targets an undeclared port',
    severity: 'warning',
    category: 'availability',
    description:
      'A probe that names a port the container does not declare fails on every attempt: a named port is resolved against `ports[].name` only, so a typo makes the kubelet restart the container forever (liveness) or never mark it ready (readiness). A numeric port missing from a container that lists its ports usually means the probe checks the wrong thing.',
    remediation: 'Point the probe at a port of the container: use the `name` of an entry in `ports` (e.g. `port: http`) or its `containerPort` number.',
    equivalents: { 'kube-linter': ['liveness-port', 'readiness-port', 'startup-port'] },
  },
  (c) => {
    // Ephemeral containers cannot have probes.
    if (c.type === 'ephemeralContainers') return undefined;
    const container = c.container;
    // Stryker disable next-line ConditionalExpression: fast path; a container without probes has no probe port to check
    if (container.livenessProbe === undefined && container.readinessProbe === undefined && container.startupProbe === undefined) return undefined;
    let out: Violation[] | undefined;
    const ports = asArray(container.ports);
    for (let k = 0; k < PROBES.length; k++) {
      const probe = PROBES[k];
      const probeSpec = container[probe];
      if (!isObject(probeSpec)) continue;
      for (let m = 0; m < HANDLERS.length; m++) {
        const handler = HANDLERS[m];
        const port = asObject(probeSpec[handler]).port;
        if (!isSet(port)) continue;
        let problem: string | undefined;
        if (typeof port === 'string') {
          if (/^\d+$/.test(port)) problem = `uses the string ${show(port)} as port; a quoted number is read as a port name, which cannot be all digits`;
          else if (!declares(ports, 'name', port)) {
            const names = portNames(ports);
            problem = `targets the named port "${port}", but the container has no port with that name${names.length ? ` (it has ${names.join(', ')})` : ''}`;
          }
        } else if (typeof port === 'number') {
          if (ports.length && !declares(ports, 'containerPort', port)) problem = `targets port ${port}, which is not one of the container's ports (${portNumbers(ports).join(', ')})`;
        } else {
          problem = `has a port of ${show(port)}, which is neither a number nor a name`;
        }
        if (problem) (out ??= []).push({ path: joinPointer(c.path, probe, handler, 'port'), container: c.name, message: `the ${probe} of ${describeContainer(c)} ${problem}` });
      }
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['probes'] },
);
