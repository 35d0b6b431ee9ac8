import { show } from '../../engine/describe';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asInteger, asObject } from '../../engine/values';
import { hpaTargets, REPLICATED_KINDS, replicasOf, workloadKey } from './workload-kinds';

/** Replicated workloads should run at least `minReplicas` pods. */
export const replicas = defineCrossObjectRule(
  {
    id: 'replicas',
    title: 'Too few replicas',
    severity: 'warning',
    category: 'availability',
    description:
      'A single replica means downtime on every node drain, rollout hiccup or crash. `spec.replicas` defaults to 1. Workloads scaled by a HorizontalPodAutoscaler among the checked manifests are skipped (the HPA owns the count; see hpa-replicas). The option `minReplicas` sets the minimum (default 2).',
    remediation: 'Set `spec.replicas` to at least 2 (3 for quorum-based systems), or scale the workload with a HorizontalPodAutoscaler.',
    equivalents: {
      'polaris': ['deploymentMissingReplicas'],
      'kube-linter': ['minimum-three-replicas'],
      'kube-score': ['deployment-replicas'],
      'kyverno': ['other/require-deployments-have-multiple-replicas'],
    },
    defaultOptions: { minReplicas: 2 },
  },
  (objects, context) => {
    const min = asInteger(context.options.minReplicas) ?? 2;
    const scaled = hpaTargets(objects);
    const out: ObjectViolation[] = [];
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      if (!REPLICATED_KINDS.has(object.kind)) continue;
      // No key is built when no HPA scales anything (most apps): this runs for every workload.
      // Stryker disable next-line ConditionalExpression: looking the key up in an empty map finds nothing either; only speed differs
      if (scaled.size && scaled.has(workloadKey(object.ref.namespace, object.kind, object.ref.name))) continue;
      const raw = asObject(object.manifest.spec).replicas;
      const count = replicasOf(object);
      if (count === undefined) {
        out.push({ object, path: object.pointer('spec', 'replicas'), message: `spec.replicas is ${show(raw)}, not a number` });
      } else if (count < min) {
        const how = raw === undefined || raw === null ? 'does not set spec.replicas (default 1)' : `runs ${count} replica${count === 1 ? '' : 's'}`;
        out.push({ object, path: object.pointer('spec', 'replicas'), message: `the ${object.kind} ${how}; at least ${min} keep it available during disruptions` });
      }
    }
    return out;
  },
);
