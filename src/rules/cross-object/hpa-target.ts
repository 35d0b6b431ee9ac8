import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';
import { hpaTarget, isHpa } from './disruption';
import { describeNamespace, describeObject, indexObjects, namespaceOf } from './object-index';
import { ExternalNames, REFERENCE_OPTION_DOC, REFERENCE_OPTIONS } from './references';

/** An HPA must scale a workload the app defines, alone, and that workload must leave replicas to it. */
export const hpaTargetRule = defineCrossObjectRule(
  {
    id: 'hpa-target',
    title: 'HorizontalPodAutoscaler target problems',
    severity: 'warning',
    category: 'availability',
    description: `Reports an HPA whose \`scaleTargetRef\` names a workload the app does not define (it scales nothing), two HPAs scaling the same workload (they fight), and a target that sets \`spec.replicas\` (every deployment resets the scale the HPA chose). ${REFERENCE_OPTION_DOC}`,
    remediation: 'Point `scaleTargetRef` at a workload of the app in the same namespace, keep one HPA per workload, and remove `spec.replicas` from autoscaled workloads.',
    equivalents: {
      'kube-linter': ['dangling-horizontalpodautoscaler'],
      'kube-score': ['horizontalpodautoscaler-has-target', 'deployment-targeted-by-hpa-does-not-have-replicas-configured'],
      'kyverno': ['other/check-hpa-exists', 'other/prevent-duplicate-hpa'],
    },
    defaultOptions: REFERENCE_OPTIONS,
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const external = new ExternalNames(context.options.externalNames);
    const out: ObjectViolation[] = [];
    const seen = new Map<string, string>();
    for (const hpa of index.ofKind('HorizontalPodAutoscaler')) {
      if (!isHpa(hpa)) continue;
      const namespace = namespaceOf(hpa);
      const { kind, name } = hpaTarget(hpa);
      const hpaName = `HorizontalPodAutoscaler "${hpa.ref.name ?? '?'}"`;
      const path = hpa.pointer('spec', 'scaleTargetRef');
      if (kind === undefined || name === undefined) {
        out.push({ object: hpa, path, message: `${hpaName} has no complete scaleTargetRef (kind and name)` });
        continue;
      }
      const key = `${namespace}\u0000${kind}\u0000${name}`;
      const previous = seen.get(key);
      if (previous !== undefined) {
        out.push({ object: hpa, path, message: `${hpaName} scales ${kind} "${name}", which HorizontalPodAutoscaler "${previous}" already scales` });
      } else seen.set(key, hpa.ref.name ?? '?');
      const targets = index.find(kind, namespace, name);
      if (!targets.length) {
        if (!external.covers(kind, namespace, name)) {
          out.push({ object: hpa, path, message: `${hpaName} scales ${kind} "${name}", which is not defined in ${describeNamespace(namespace)}` });
        }
        continue;
      }
      for (const target of targets) {
        if (previous !== undefined || !isSet(asObject(target.manifest.spec).replicas)) continue;
        out.push({
          object: target,
          path: target.pointer('spec', 'replicas'),
          message: `${describeObject(target)} sets spec.replicas although ${hpaName} scales it; every deployment resets the replica count`,
        });
      }
    }
    return out;
  },
);
