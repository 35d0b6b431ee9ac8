import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { describeService, isService } from '../network/service';
import { containerPorts } from '../network/container-ports';
import { indexObjects, namespaceOf, WorkloadEntry } from './object-index';

/** IANA_SVC_NAME as validated by the API: 1–15 lower-case letters, digits and inner single hyphens, with a letter. */
export function isValidPortName(name: string): boolean {
  return name.length >= 1 && name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && !name.includes('--') && /[a-z]/.test(name);
}

/** A named targetPort that no selected container declares leaves the Service without endpoints. */
export const serviceTargetPort = defineCrossObjectRule(
  {
    id: 'service-target-port',
    title: 'Service targetPort name not declared by its pods',
    severity: 'warning',
    category: 'network',
    description:
      'A Service `targetPort` given by name must be a valid port name (at most 15 lower-case letters, digits and hyphens) and must match a named `containerPort` of the pods the Service selects; otherwise the endpoints have no port and traffic fails. A number written as a string (`"8080"`) is a name to the API and is rejected. Numeric targetPorts are not checked (containers need not declare them).',
    remediation: 'Use the name of a port declared in the containers\' `ports[].name`, or a port number.',
    equivalents: { 'kube-linter': ['invalid-target-ports'] },
  },
  (objects) => {
    const index = indexObjects(objects);
    const out: ObjectViolation[] = [];
    const namesByList = new Map<readonly WorkloadEntry[], ReadonlySet<string>>();
    for (const service of index.ofKind('Service')) {
      if (!isService(service)) continue;
      const spec = asObject(service.manifest.spec);
      // The selected pods' port names, looked up only for a port that targets a name: most
      // Services target numbers, and matching their selectors would be wasted.
      let names: ReadonlySet<string> | undefined;
      // Stryker disable next-line BooleanLiteral: the start value is always replaced before it is read
      let selectsPods = false;
      const targetsUnknownName = (target: string): boolean => {
        // Stryker disable next-line ConditionalExpression: looking the names up again gives the same names
        if (names === undefined) {
          const selected = index.workloadsMatchingMap(namespaceOf(service), spec.selector);
          selectsPods = selected.length > 0;
          // Services with the same selector share their list (see ObjectIndex.matchOnce): its names are read once.
          names = namesByList.get(selected);
          // Stryker disable next-line ConditionalExpression: reading a shared list's names again gives the same names; only speed differs
          if (names === undefined) namesByList.set(selected, (names = portNames(selected)));
        }
        return selectsPods && !names.has(target);
      };
      asArray(spec.ports).forEach((raw, i) => {
        const target = asString(asObject(raw).targetPort);
        if (target === undefined) return;
        const path = service.pointer('spec', 'ports', i, 'targetPort');
        if (/^\d+$/.test(target)) {
          out.push({ object: service, path, message: `${describeService(service)} ports[${i}].targetPort "${target}" is a string, which the API reads as a port name and rejects; write the number without quotes` });
        } else if (!isValidPortName(target)) {
          out.push({ object: service, path, message: `${describeService(service)} ports[${i}].targetPort "${target}" is not a valid port name (1-15 lower-case letters, digits and hyphens)` });
        } else if (targetsUnknownName(target)) {
          out.push({ object: service, path, message: `${describeService(service)} ports[${i}].targetPort "${target}" is not a named containerPort of the pods it selects` });
        }
      });
    }
    return out;
  },
);

/** The names of the container ports of the selected workloads' pods. */
function portNames(selected: readonly WorkloadEntry[]): ReadonlySet<string> {
  return new Set(selected.flatMap((w) => containerPorts(w.object).filter((p) => p.name !== undefined && p.path.startsWith(w.pod.path)).map((p) => p.name!)));
}
