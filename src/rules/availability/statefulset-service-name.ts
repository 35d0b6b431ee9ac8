import { defineRule, Violation } from '../../engine/rule';
import { asObject, asString } from '../../engine/values';

/** StatefulSets should name their governing Service. */
export const statefulSetServiceName = defineRule(
  {
    id: 'statefulset-service-name',
    title: 'StatefulSet without serviceName',
    severity: 'warning',
    category: 'availability',
    description:
      'The stable network identity of StatefulSet pods (`web-0.web.ns.svc`) comes from a headless Service named in `spec.serviceName`. Without it peers cannot find each other by name, which is usually why a StatefulSet was chosen.',
    remediation: 'Create a headless Service (`clusterIP: None`) selecting the pods and set its name in `spec.serviceName`.',
    equivalents: { 'kube-score': ['statefulset-has-servicename'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'StatefulSet') return out;
    if ((asString(asObject(object.manifest.spec).serviceName) ?? '').trim() !== '') return out;
    out.push({ path: object.pointer('spec', 'serviceName'), message: 'the StatefulSet sets no serviceName, so its pods get no stable DNS names' });
    return out;
  },
  { kinds: ['StatefulSet'] },
);
