import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asObject } from '../../engine/values';
import { describeService, isService, serviceType } from '../network/service';
import { describeNamespace, indexObjects, namespaceOf } from './object-index';
import { describeSelector } from '../../engine/selectors';

/** A Service whose selector matches no pods has no endpoints: every connection fails. */
export const serviceSelectsNothing = defineCrossObjectRule(
  {
    id: 'service-selects-nothing',
    title: 'Service selects no pods',
    severity: 'warning',
    category: 'network',
    description:
      'A Service whose `spec.selector` matches the pod template labels of no workload of the app in its namespace gets no endpoints, so clients and Ingresses using it fail; usually a label typo. Services without a selector (manual endpoints) and ExternalName Services are skipped.',
    remediation: 'Make `spec.selector` match the pod template labels of the workload that serves it (in cdk8s-plus, `deployment.exposeViaService()` wires it for you).',
    equivalents: { 'kube-linter': ['dangling-service'], 'kube-score': ['service-targets-pod'] },
  },
  (objects) => {
    const index = indexObjects(objects);
    const out: ObjectViolation[] = [];
    for (const service of index.ofKind('Service')) {
      if (!isService(service) || serviceType(service) === 'ExternalName') continue;
      const selector = asObject(service.manifest.spec).selector;
      if (!Object.keys(asObject(selector)).length) continue;
      const namespace = namespaceOf(service);
      if (index.anyWorkloadMatchingMap(namespace, selector)) continue;
      out.push({
        object: service,
        path: service.pointer('spec', 'selector'),
        message: `${describeService(service)} selector (${describeSelector(selector)}) matches no workload in ${describeNamespace(namespace)}`,
      });
    }
    return out;
  },
);
