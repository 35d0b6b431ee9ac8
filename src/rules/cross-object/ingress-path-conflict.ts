import { AnalyzedObject } from '../../engine/analyze';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { describeIngress, isIngress } from '../network/ingress';
import { describeNamespace, indexObjects, namespaceOf } from './object-index';

interface Route {
  readonly object: AnalyzedObject;
  readonly key: string;
  readonly host: string;
  readonly path: string;
  readonly pointer: string;
}

/**
 * The ingress class, `''` for the default one. An empty `ingressClassName` names no IngressClass
 * (the API server rejects it as an invalid name), so it counts as unset and the legacy annotation applies.
 */
function ingressClass(object: AnalyzedObject): string {
  return asString(asObject(object.manifest.spec).ingressClassName) || (object.annotations['kubernetes.io/ingress.class'] ?? '');
}

function routes(object: AnalyzedObject): Route[] {
  const out: Route[] = [];
  const cls = ingressClass(object);
  asArray(asObject(object.manifest.spec).rules).forEach((raw, i) => {
    const rule = asObject(raw);
    const host = asString(rule.host) ?? '';
    asArray(asObject(rule.http).paths).forEach((p, j) => {
      const path = asString(asObject(p).path) ?? '/';
      out.push({ object, key: `${cls}\u0000${host}\u0000${path}`, host, path, pointer: object.pointer('spec', 'rules', i, 'http', 'paths', j, 'path') });
    });
  });
  return out;
}

/**
 * Host routing is cluster-wide: two Ingresses of the same class claiming one host and path, even
 * in different namespaces, make the controller pick one, so one app can take over another's URL.
 */
export const ingressPathConflict = defineCrossObjectRule(
  {
    id: 'ingress-path-conflict',
    title: 'Ingresses claim the same host and path',
    severity: 'warning',
    category: 'network',
    description:
      'When two Ingress paths of the same ingress class claim the same host and path, the controller routes to one of them (usually the oldest), so traffic silently goes to the wrong backend; across namespaces, one team can take over another team\'s URL. Ingress routing is cluster-wide, so all namespaces are compared.',
    remediation: 'Give each Ingress path a unique host and path, or merge the routes into one Ingress.',
    equivalents: { kyverno: ['other/unique-ingress-host-and-path', 'other/unique-ingress-paths'] },
  },
  (objects) => {
    const first = new Map<string, Route>();
    const out: ObjectViolation[] = [];
    for (const object of indexObjects(objects).ofKind('Ingress')) {
      if (!isIngress(object)) continue;
      for (const route of routes(object)) {
        const previous = first.get(route.key);
        if (!previous) {
          first.set(route.key, route);
          continue;
        }
        const where = namespaceOf(previous.object) === namespaceOf(object) ? '' : ` in ${describeNamespace(namespaceOf(previous.object))}`;
        const self = previous.object === object ? 'an earlier rule of the same Ingress' : `${describeIngress(previous.object)}${where}`;
        out.push({
          object,
          path: route.pointer,
          message: `${describeIngress(object)} routes host "${route.host || '*'}" path "${route.path}", which ${self} already routes`,
        });
      }
    }
    return out;
  },
);
