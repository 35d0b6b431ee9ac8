import { defineContainerRule } from '../../engine/rule';
import { requireProbe } from './probes';

/** Long-running containers should have a readiness probe. */
export const readinessProbe = defineContainerRule(
  {
    id: 'readiness-probe',
    title: 'Readiness probe missing',
    severity: 'warning',
    category: 'availability',
    description:
      'Without a readiness probe a pod receives Service traffic as soon as its process starts, before it can answer, and keeps receiving it while overloaded or disconnected from its dependencies; rolling updates then drop requests. Jobs, CronJobs and pods that are not restarted are not checked; native sidecars are.',
    remediation: 'Add a `readinessProbe` that fails while the container cannot serve requests (e.g. `httpGet: {path: /ready, port: http}`).',
    equivalents: {
      'polaris': ['readinessProbeMissing'],
      'kube-linter': ['no-readiness-probe'],
      'kube-score': ['pod-probes'],
      'checkov': ['CKV_K8S_9'],
      'kyverno': ['best-practices/require-probes'],
    },
  },
  requireProbe('readinessProbe', 'it gets traffic before it is ready'),
);
