import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { asInteger, asObject, isSet } from '../../engine/values';

/** HorizontalPodAutoscalers should keep a minimum of replicas and room to scale. */
export const hpaReplicas = defineRule(
  {
    id: 'hpa-replicas',
    title: 'HorizontalPodAutoscaler replica range',
    severity: 'warning',
    category: 'availability',
    description:
      'An HPA with `minReplicas` 1 (the default) scales the workload down to a single pod at quiet times, which then has no redundancy; a `maxReplicas` not above `minReplicas` leaves nothing to scale. The option `minReplicas` sets the lowest acceptable minimum (default 2).',
    remediation: 'Set `spec.minReplicas` to at least 2 and `spec.maxReplicas` above it.',
    equivalents: {
      'polaris': ['hpaMinAvailability', 'hpaMaxAvailability'],
      'kube-linter': ['hpa-minimum-three-replicas'],
      'kube-score': ['horizontalpodautoscaler-replicas'],
    },
    defaultOptions: { minReplicas: 2 },
  },
  (object, context) => {
    const out: Violation[] = [];
    if (object.kind !== 'HorizontalPodAutoscaler') return out;
    const floor = asInteger(context.options.minReplicas) ?? 2;
    const spec = asObject(object.manifest.spec);
    const min = isSet(spec.minReplicas) ? asInteger(spec.minReplicas) : 1;
    const max = asInteger(spec.maxReplicas);
    if (min === undefined || min < floor) {
      const state = isSet(spec.minReplicas) ? `sets minReplicas=${show(spec.minReplicas)}` : 'sets no minReplicas (default 1)';
      out.push({ path: object.pointer('spec', 'minReplicas'), message: `the HorizontalPodAutoscaler ${state}; keep at least ${floor}` });
    }
    if (max === undefined) {
      out.push({ path: object.pointer('spec', 'maxReplicas'), message: `the HorizontalPodAutoscaler has maxReplicas=${show(spec.maxReplicas)}, not a number` });
    } else if (min !== undefined && max <= min) {
      out.push({ path: object.pointer('spec', 'maxReplicas'), message: `the HorizontalPodAutoscaler has maxReplicas ${max}, not above minReplicas ${min}, so it cannot scale up` });
    }
    return out;
  },
  { kinds: ['HorizontalPodAutoscaler'] },
);
