import { defineContainerRule } from '../../engine/rule';
import { requireProbe } from './probes';

/** Long-running containers should have a liveness probe. */
export const livenessProbe = defineContainerRule(
  {
    id: 'liveness-probe',
    title: 'Liveness probe missing',
    severity: 'warning',
    category: 'availability',
    description:
      'Without a liveness probe a container that deadlocks or hangs keeps running and keeps receiving traffic until someone notices; the kubelet only restarts containers whose process exits. Jobs, CronJobs and pods that are not restarted are not checked; native sidecars are.',
    remediation: 'Add a `livenessProbe` (an HTTP, gRPC or TCP check of a cheap endpoint that fails only when a restart would help), with a startupProbe for slow starters.',
    equivalents: {
      'polaris': ['livenessProbeMissing'],
      'kube-linter': ['no-liveness-probe'],
      'kube-score': ['pod-probes'],
      'checkov': ['CKV_K8S_8'],
      'kyverno': ['best-practices/require-probes'],
    },
  },
  requireProbe('livenessProbe', 'a hung process is never restarted'),
);
