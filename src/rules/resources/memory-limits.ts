import { defineContainerRule } from '../../engine/rule';
import { resourceCheck } from './container-resources';

/** Containers must set `resources.limits.memory`. */
export const memoryLimits = defineContainerRule(
  {
    id: 'memory-limits',
    title: 'Memory limit missing',
    severity: 'warning',
    category: 'resources',
    description:
      'Without a memory limit a leaking or attacked container can take all the memory of its node; the kernel OOM killer then kills other pods and sometimes node daemons.',
    remediation: 'Set `resources.limits.memory` on every container and init container (e.g. `256Mi`), ideally equal to the request.',
    standards: { nsa: ['C-0271'] },
    equivalents: { 'polaris': ['memoryLimitsMissing'], 'kube-linter': ['unset-memory-requirements'], 'kube-score': ['container-resources'], 'kubesec': ['LimitsMemory'], 'checkov': ['CKV_K8S_13'], 'kyverno': ['best-practices/require-pod-requests-limits'], 'trivy': ['KSV018'] },
  },
  resourceCheck('limits', 'memory'),
);
