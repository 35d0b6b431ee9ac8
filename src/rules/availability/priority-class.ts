import { defineRule } from '../../engine/rule';
import { requirePodString } from './pod-field-rules';

/** Pods should state their scheduling priority. */
export const priorityClass = defineRule(
  {
    id: 'priority-class',
    title: 'No priorityClassName',
    severity: 'info',
    category: 'availability',
    description:
      'Without a PriorityClass a pod gets the cluster default (usually 0): when the cluster is full, important workloads cannot preempt batch jobs, and critical services are evicted as readily as experiments.',
    remediation: 'Set `spec.priorityClassName` to a PriorityClass that reflects how important the workload is.',
    equivalents: {
      'polaris': ['priorityClassNotSet'],
      'kube-linter': ['priority-class-name'],
      'kyverno': ['other/require-pod-priorityclassname'],
    },
  },
  (object) => requirePodString(object, 'priorityClassName', () => 'the pod sets no priorityClassName'),
  { podSpecs: true },
);
