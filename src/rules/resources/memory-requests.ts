import { defineContainerRule } from '../../engine/rule';
import { resourceCheck } from './container-resources';

/** Containers must set `resources.requests.memory`. */
export const memoryRequests = defineContainerRule(
  {
    id: 'memory-requests',
    title: 'Memory request missing',
    severity: 'warning',
    category: 'resources',
    description:
      'Without a memory request the scheduler packs the container onto nodes that cannot hold it, and under memory pressure it is among the first pods evicted.',
    remediation: 'Set `resources.requests.memory` on every container and init container (e.g. `128Mi`), sized from observed usage.',
    equivalents: { 'polaris': ['memoryRequestsMissing'], 'kube-linter': ['unset-memory-requirements'], 'kube-score': ['container-resources'], 'kubesec': ['RequestsMemory'], 'checkov': ['CKV_K8S_12'], 'kyverno': ['best-practices/require-pod-requests-limits'], 'trivy': ['KSV016'] },
  },
  resourceCheck('requests', 'memory'),
);
