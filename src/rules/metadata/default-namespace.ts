import { defineRule } from '../../engine/rule';
import { stringListOption } from '../rbac/policy-rules';
import { isClusterScoped } from './scope';

/** CIS 5.7.4: the default namespace mixes unrelated workloads and usually has the weakest policies. */
export const defaultNamespace = defineRule(
  {
    id: 'default-namespace',
    title: 'Object in the default namespace',
    severity: 'warning',
    category: 'metadata',
    description:
      'Namespaces are the boundary for RBAC, NetworkPolicies, quotas and Pod Security Admission. Objects in `default`, or without `metadata.namespace` (they land in the namespace of whoever applies them, usually `default`), share that boundary with everything else deployed carelessly. Cluster-scoped kinds are skipped; add your cluster-scoped custom kinds to `clusterScopedKinds`.',
    remediation: 'Set `metadata.namespace` to a dedicated namespace (in cdk8s: `new Chart(app, id, { namespace: "my-app" })`) and create that Namespace with Pod Security Admission labels.',
    standards: { cis: [{ id: '5.7.4', benchmark: '1.10' }] },
    equivalents: { 'kube-linter': ['use-namespace'], 'checkov': ['CKV_K8S_21'], 'kyverno': ['best-practices/disallow-default-namespace'], 'trivy': ['KSV110'] },
    defaultOptions: { clusterScopedKinds: [] },
  },
  (object, context) => {
    if (!object.kind || isClusterScoped(object, stringListOption(context.options.clusterScopedKinds))) return [];
    const ns = object.ref.namespace;
    if (ns === undefined || ns === '') {
      return [{ path: object.pointer('metadata', 'namespace'), message: `${object.kind} has no metadata.namespace, so it lands in the namespace it is applied to, usually "default"` }];
    }
    if (ns === 'default') return [{ path: object.pointer('metadata', 'namespace'), message: `${object.kind} is in the "default" namespace` }];
    return [];
  },
);
