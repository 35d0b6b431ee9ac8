import { AnalyzedObject } from '../../engine/analyze';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { describeNamespace, indexObjects } from './object-index';
import { externallyManaged, isDefaultDeny, policies, requiredDirections } from './network-policies';

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
    const all = policies(index);
    const directions = requiredDirections(context.options.policyTypes);
    const out: ObjectViolation[] = [];
    for (const namespace of index.workloadNamespaces()) {
      if (externallyManaged(context.options.namespacesWithExternalPolicies, namespace)) continue;
      const missing = directions.filter((d) => !all.some((p) => p.namespace === namespace && isDefaultDeny(p, d)));
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
