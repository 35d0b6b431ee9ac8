import { MAX_NAMED, nameSome } from '../../engine/describe';
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
    // The policies selecting each workload, found from the policies' side through the label index
    // (N policies and N workloads are not N² selector matches), in groups of policies that select
    // the same list (policies with the same selector share one: see ObjectIndex.matchOnce), so N
    // policies with one selector over N workloads are not N² entries either.
    const groupOf = new Map<readonly WorkloadEntry[], PolicyGroup>();
    for (let k = 0; k < all.length; k++) {
      const selected = index.workloadsMatchingLabelSelector(all[k].namespace, all[k].podSelector);
      let group = groupOf.get(selected);
      // Stryker disable next-line ConditionalExpression: a group per policy gives the same counts, types and first names; only speed differs
      if (group === undefined) groupOf.set(selected, (group = new PolicyGroup()));
      group.add(all[k], k);
    }
    const selectingOf = new Map<WorkloadEntry, PolicyGroup[]>();
    for (const [selected, group] of groupOf) {
      for (const w of selected) {
        const groups = selectingOf.get(w);
        if (groups) groups.push(group);
        else selectingOf.set(w, [group]);
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

/** Policies that select the same workloads: their count, the types they declare, and the first few (by input position). */
class PolicyGroup {
  public size = 0;
  public readonly types = new Set<Direction>();
  /** The first MAX_NAMED policies and their positions in input order: no message names more. */
  public readonly first: Array<{ readonly policy: PolicyView; readonly position: number }> = [];

  public add(policy: PolicyView, position: number): void {
    this.size++;
    for (const t of policy.types) this.types.add(t);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: keeping more than the first few changes no message (they are sorted and the first few named); only memory differs
    if (this.first.length < MAX_NAMED) this.first.push({ policy, position });
  }
}

/** What a workload that some policies select lacks, or undefined when they cover every direction. */
function partialCoverage(groups: readonly PolicyGroup[], directions: readonly Direction[]): string | undefined {
  const missing = directions.filter((d) => !groups.some((g) => g.types.has(d)));
  if (!missing.length) return undefined;
  const count = groups.reduce((sum, g) => sum + g.size, 0);
  // The first policies of all groups together, in input order: the first few of those are the first few overall.
  const first = groups.flatMap((g) => g.first).sort((a, b) => a.position - b.position);
  return `is selected by NetworkPolicy ${nameSome(count, (k) => `"${first[k].policy.object.ref.name ?? '?'}"`)} but not for ${missing.join(' or ')}, so that traffic is unrestricted`;
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
