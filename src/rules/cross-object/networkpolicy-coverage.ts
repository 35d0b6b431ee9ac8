import { nameSome } from '../../engine/describe';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { describeNamespace, describeObject, indexObjects, WorkloadEntry } from './object-index';
import { Direction, externalNamespaces, policies, PolicyView, requiredDirections, usesHostNetwork } from './network-policies';

/** CIS 5.3.2: pods not selected by any NetworkPolicy accept traffic from, and send it to, anywhere. */
export const networkPolicyCoverage = defineCrossObjectRule(
  {
    id: 'networkpolicy-coverage',
    title: 'Workload not covered by a NetworkPolicy',
    severity: 'warning',
    category: 'network',
    description:
      'Until a NetworkPolicy selects a pod for a direction, all traffic in that direction is allowed: any compromised pod in the cluster can reach it, and it can reach anything. This rule checks that a NetworkPolicy of the app, in the same namespace, selects each workload\'s pod labels for Ingress and Egress (option `policyTypes`). hostNetwork pods are skipped (policies do not apply to them). Namespaces whose policies are managed elsewhere go in `namespacesWithExternalPolicies` (`-` = objects without a namespace).',
    remediation: 'Add a default-deny NetworkPolicy for the namespace and NetworkPolicies that allow the traffic each workload needs (in cdk8s-plus: `new kplus.NetworkPolicy(...)` or `deployment.connections.allowFrom(...)`).',
    standards: { cis: [{ id: '5.3.2', benchmark: '1.10' }], nsa: ['2.0', 'C-0030', 'C-0054'] },
    equivalents: {
      'polaris': ['missingNetworkPolicy'],
      'kube-linter': ['non-isolated-pod'],
      'kube-score': ['pod-networkpolicy'],
      'checkov': ['CKV2_K8S_6'],
      'kyverno': ['other/require-netpol'],
      'trivy': ['KSV038'],
    },
    defaultOptions: { policyTypes: ['Ingress', 'Egress'], namespacesWithExternalPolicies: [] },
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const all = policies(index);
    const directions = requiredDirections(context.options.policyTypes);
    const external = externalNamespaces(context.options.namespacesWithExternalPolicies);
    const out: ObjectViolation[] = [];
    // The policies selecting each workload (in policy order), found from the policies' side through
    // the label index: N policies and N workloads are not N² selector matches.
    const selectingOf = new Map<WorkloadEntry, PolicyView[]>();
    for (const p of all) {
      for (const w of index.workloadsMatchingLabelSelector(p.namespace, p.podSelector)) {
        const list = selectingOf.get(w);
        if (list) list.push(p);
        else selectingOf.set(w, [p]);
      }
    }
    const uncovered = new UncoveredDetails(directions);
    for (let i = 0; i < index.workloads.length; i++) {
      const w = index.workloads[i];
      if (usesHostNetwork(w) || external.has(w.namespace)) continue;
      const selecting = selectingOf.get(w);
      const detail = selecting ? partialCoverage(selecting, directions) : uncovered.in(w.namespace);
      if (detail !== undefined) out.push({ object: w.object, path: w.pod.metadataPath, message: `${describeObject(w.object)} ${detail}` });
    }
    return out;
  },
);

/** What a workload that some policies select lacks, or undefined when they cover every direction. */
function partialCoverage(selecting: readonly PolicyView[], directions: readonly Direction[]): string | undefined {
  const missing = directions.filter((d) => !selecting.some((p) => p.types.includes(d)));
  if (!missing.length) return undefined;
  return `is selected by NetworkPolicy ${nameSome(selecting.length, (k) => `"${selecting[k].object.ref.name ?? '?'}"`)} but not for ${missing.join(' or ')}, so that traffic is unrestricted`;
}

/** The detail for workloads no policy selects: the same for every workload of a namespace, so made once per namespace. */
class UncoveredDetails {
  private readonly byNamespace = new Map<string, string>();

  constructor(private readonly directions: readonly Direction[]) {}

  public in(namespace: string): string {
    let detail = this.byNamespace.get(namespace);
    if (detail === undefined) {
      detail = `is not selected by any NetworkPolicy in ${describeNamespace(namespace)}, so ${this.directions.join(' and ').toLowerCase()} traffic is unrestricted`;
      this.byNamespace.set(namespace, detail);
    }
    return detail;
  }
}
