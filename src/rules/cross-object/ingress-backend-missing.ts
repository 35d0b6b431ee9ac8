import { AnalyzedObject } from '../../engine/analyze';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asInteger, asObject, asString } from '../../engine/values';
import { describeIngress, isIngress } from '../network/ingress';
import { describeNamespace, indexObjects, namespaceOf } from './object-index';
import { ExternalNames, REFERENCE_OPTION_DOC, REFERENCE_OPTIONS } from './references';

interface Backend {
  readonly service: string;
  readonly port?: number | string;
  readonly path: string;
}

/** Service backends of an Ingress (networking.k8s.io/v1 and the legacy serviceName/servicePort). */
function backends(object: AnalyzedObject): Backend[] {
  const spec = asObject(object.manifest.spec);
  const out: Backend[] = [];
  const read = (raw: unknown, path: string) => {
    const backend = asObject(raw);
    const v1 = asObject(backend.service);
    const name = asString(v1.name) ?? asString(backend.serviceName);
    if (name === undefined) return;
    const port = asObject(v1.port);
    const value = asInteger(port.number) ?? asString(port.name) ?? asInteger(backend.servicePort) ?? asString(backend.servicePort);
    const namePath = asString(v1.name) !== undefined ? `${path}/service/name` : `${path}/serviceName`;
    out.push({ service: name, ...(value !== undefined ? { port: value } : {}), path: namePath });
  };
  read(spec.defaultBackend ?? spec.backend, object.pointer('spec', spec.defaultBackend !== undefined ? 'defaultBackend' : 'backend'));
  asArray(spec.rules).forEach((rule, i) => {
    asArray(asObject(asObject(rule).http).paths).forEach((p, j) => read(asObject(p).backend, object.pointer('spec', 'rules', i, 'http', 'paths', j, 'backend')));
  });
  return out;
}

function servicePorts(service: AnalyzedObject): Array<{ port?: number; name?: string }> {
  return asArray(asObject(service.manifest.spec).ports).map((raw) => {
    const p = asObject(raw);
    const port = asInteger(p.port);
    const name = asString(p.name);
    return { ...(port !== undefined ? { port } : {}), ...(name !== undefined ? { name } : {}) };
  });
}

/** An Ingress path to a missing Service (or port) answers 503 for every request. */
export const ingressBackendMissing = defineCrossObjectRule(
  {
    id: 'ingress-backend-missing',
    title: 'Ingress points to a missing Service or port',
    severity: 'warning',
    category: 'network',
    description: `Every Ingress backend must name a Service in the Ingress's namespace, and a port that Service exposes; otherwise the controller answers 503, and whoever later creates a Service with that name receives the traffic. ${REFERENCE_OPTION_DOC}`,
    remediation: 'Fix the Service name or port in the Ingress, define the Service in the same namespace, or list Services created elsewhere in `externalNames`.',
    equivalents: { 'kube-linter': ['dangling-ingress'], 'kube-score': ['ingress-targets-service'] },
    defaultOptions: REFERENCE_OPTIONS,
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const external = new ExternalNames(context.options.externalNames);
    const out: ObjectViolation[] = [];
    for (const ingress of index.ofKind('Ingress')) {
      if (!isIngress(ingress)) continue;
      const namespace = namespaceOf(ingress);
      for (const b of backends(ingress)) {
        const services = index.find('Service', namespace, b.service);
        if (!services.length) {
          if (external.covers('Service', namespace, b.service)) continue;
          out.push({ object: ingress, path: b.path, message: `${describeIngress(ingress)} routes to Service "${b.service}", which is not defined in ${describeNamespace(namespace)}` });
          continue;
        }
        if (b.port === undefined) continue;
        const ports = services.flatMap(servicePorts);
        if (ports.some((p) => p.port === b.port || p.name === b.port)) continue;
        out.push({ object: ingress, path: b.path, message: `${describeIngress(ingress)} routes to port ${JSON.stringify(b.port)} of Service "${b.service}", which does not expose it` });
      }
    }
    return out;
  },
);
