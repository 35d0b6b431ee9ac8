import { AnalyzedObject } from '../../engine/analyze';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { describeNamespace, indexObjects } from './object-index';
import { externalNamespaces, isDefaultDeny, policies, policiesByNamespace, requiredDirections } from './network-policies';

/** CIS 5.3.2 / NSA: a namespace-wide default deny makes every new workload closed until allowed. */
export const networkPolicyDefaultDeny = defineCrossObjectRule(
  {
    id: 'networkpolicy-default-deny',
    title: 'Namespace without a default-deny NetworkPolicy',
    severity: 'warning',
    category: 'network',
    description:
      'A default-deny NetworkPolicy (`podSelector: {}` with the direction in `policyTypes` and no rules for it) makes every pod of the namespace closed until a policy allows its traffic, so a forgotten or new workload is not left open. The finding is reported on the Namespace object when the app defines it, otherwise on the first workload of the namespace.',
    remediation: 'Add a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress, Egress]` and no `ingress`/`egress` rules to the namespace, then allow the needed traffic (including DNS egress) with further policies.',
    standards: { cis: [{ id: '5.3.2', benchmark: '1.10' }], nsa: ['network-policy'] },
    equivalents: { kyverno: ['best-practices/add-network-policy', 'best-practices/add-networkpolicy-dns', 'other/generate-networkpolicy-existing'] },
    defaultOptions: { policyTypes: ['Ingress', 'Egress'], namespacesWithExternalPolicies: [] },
  },
  (objects, context) => {
    const index = indexObjects(objects);
    // By namespace: thousands of namespaces with a policy each are not namespaces × policies checks.
    const byNamespace = policiesByNamespace(policies(index));
    const directions = requiredDirections(context.options.policyTypes);
    const external = externalNamespaces(context.options.namespacesWithExternalPolicies);
    const out: ObjectViolation[] = [];
    for (const namespace of index.workloadNamespaces()) {
      if (external.has(namespace)) continue;
      // Stryker disable next-line ArrayDeclaration: no policies; a junk entry (not a policy view) is no default deny either
      const inNamespace = byNamespace.get(namespace) ?? [];
      const missing = directions.filter((d) => !inNamespace.some((p) => isDefaultDeny(p, d)));
      if (!missing.length) continue;
      const nsObject: AnalyzedObject | undefined = namespace ? index.find('Namespace', '', namespace)[0] : undefined;
      const target = nsObject ?? index.workloadsIn(namespace)[0].object;
      out.push({
        object: target,
        path: nsObject ? target.pointer('metadata', 'name') : target.pointer('metadata', 'namespace'),
        message: `${describeNamespace(namespace)} has workloads but no default-deny NetworkPolicy for ${missing.join(' and ')}`,
      });
    }
    return out;
  },
);
