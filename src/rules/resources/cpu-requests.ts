import { defineContainerRule } from '../../engine/rule';
import { resourceCheck } from './container-resources';

/** Containers must set `resources.requests.cpu`. */
export const cpuRequests = defineContainerRule(
  {
    id: 'cpu-requests',
    title: 'CPU request missing',
    severity: 'warning',
    category: 'resources',
    description:
      'Without a CPU request the scheduler treats the container as needing nothing: it lands on full nodes and is the first to be starved under contention (BestEffort QoS). Requests also drive HPA utilisation targets. A LimitRange default in the namespace can fill it in, but the manifest should not rely on it.',
    remediation: 'Set `resources.requests.cpu` on every container and init container, sized from observed usage (e.g. `100m`).',
    equivalents: { 'polaris': ['cpuRequestsMissing'], 'kube-linter': ['unset-cpu-requirements'], 'kube-score': ['container-resources'], 'kubesec': ['RequestsCPU'], 'checkov': ['CKV_K8S_10'], 'kyverno': ['best-practices/require-pod-requests-limits'], 'trivy': ['KSV015'] },
  },
  resourceCheck('requests', 'cpu'),
);
