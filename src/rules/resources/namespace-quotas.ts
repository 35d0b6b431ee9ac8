import { AnalyzedObject } from '../../engine/analyze';
import { defineCrossObjectRule, ObjectViolation, RuleMetadata } from '../../engine/rule';

function namespacesWith(objects: readonly AnalyzedObject[], kind: string): Set<string> {
  return new Set(objects.filter((o) => o.kind === kind && o.ref.namespace !== undefined).map((o) => o.ref.namespace!));
}

/** Namespaces declared in the manifests must come with an object of `kind` (ResourceQuota or LimitRange). */
function requireInNamespace(meta: RuleMetadata, kind: string): ReturnType<typeof defineCrossObjectRule> {
  return defineCrossObjectRule(meta, (objects) => {
    const covered = namespacesWith(objects, kind);
    const out: ObjectViolation[] = [];
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      if (o.kind !== 'Namespace' || o.apiVersion !== 'v1' || o.ref.name === undefined || covered.has(o.ref.name)) continue;
      out.push({ object: o, path: o.pointer('metadata', 'name'), message: `Namespace "${o.ref.name}" has no ${kind} among the checked manifests` });
    }
    return out;
  });
}

/** Namespaces should carry a ResourceQuota. */
export const namespaceResourceQuota = requireInNamespace(
  {
    id: 'namespace-resource-quota',
    title: 'Namespace without ResourceQuota',
    severity: 'info',
    category: 'resources',
    description:
      'A ResourceQuota caps what all workloads of a namespace may request together (CPU, memory, storage, object counts), so one team or a compromised deployment cannot exhaust the cluster. Only Namespace objects present in the checked manifests are examined.',
    remediation: 'Add a ResourceQuota with `metadata.namespace` set to the namespace, limiting at least requests.cpu, requests.memory and limits.memory.',
    standards: { nsa: ['4.0'] },
    equivalents: { kyverno: ['best-practices/add-ns-quota'], trivy: ['KSV040'] },
  },
  'ResourceQuota',
);

/** Namespaces should carry a LimitRange. */
export const namespaceLimitRange = requireInNamespace(
  {
    id: 'namespace-limit-range',
    title: 'Namespace without LimitRange',
    severity: 'info',
    category: 'resources',
    description:
      'A LimitRange gives containers that set no requests or limits sensible defaults and bounds, so a forgotten limit does not mean an unbounded container. Only Namespace objects present in the checked manifests are examined.',
    remediation: 'Add a LimitRange with `metadata.namespace` set to the namespace and default / defaultRequest values for cpu and memory.',
    standards: { nsa: ['4.1'] },
    equivalents: { kyverno: ['best-practices/add-ns-quota'], trivy: ['KSV039'] },
  },
  'LimitRange',
);
