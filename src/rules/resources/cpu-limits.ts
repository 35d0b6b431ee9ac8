import { defineContainerRule } from '../../engine/rule';
import { resourceCheck } from './container-resources';

/** Containers must set `resources.limits.cpu`. */
export const cpuLimits = defineContainerRule(
  {
    id: 'cpu-limits',
    title: 'CPU limit missing',
    severity: 'info',
    category: 'resources',
    description:
      'A CPU limit caps what a runaway or compromised container can burn on a shared node. It is controversial: limits throttle latency-sensitive programs even when the node is idle, so many teams set only requests. This rule is informational for that reason.',
    remediation: 'Set `resources.limits.cpu` where noisy neighbours or crypto-mining are a concern, or suppress this rule for latency-sensitive workloads.',
    standards: { nsa: ['C-0270'] },
    equivalents: { 'polaris': ['cpuLimitsMissing'], 'kube-linter': ['unset-cpu-requirements'], 'kube-score': ['container-resources'], 'kubesec': ['LimitsCPU'], 'checkov': ['CKV_K8S_11'], 'kyverno': ['other/require-cpu-limits'], 'trivy': ['KSV011'] },
  },
  resourceCheck('limits', 'cpu'),
);
