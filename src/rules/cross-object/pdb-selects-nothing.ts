import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asObject } from '../../engine/values';
import { isPdb, workloadsOfPdb } from './disruption';
import { describeNamespace, indexObjects, namespaceOf } from './object-index';
import { describeSelector } from '../../engine/selectors';

/** A PDB that selects no pods protects nothing, usually because of a label typo. */
export const pdbSelectsNothing = defineCrossObjectRule(
  {
    id: 'pdb-selects-nothing',
    title: 'PodDisruptionBudget selects no pods',
    severity: 'warning',
    category: 'availability',
    description:
      'A PodDisruptionBudget whose selector matches the pod template labels of no workload of the app in its namespace protects nothing: the workload it was meant for can lose all replicas during a drain.',
    remediation: 'Make `spec.selector` match the pod template labels of the workload to protect, or remove the PodDisruptionBudget.',
  },
  (objects) => {
    const index = indexObjects(objects);
    const out: ObjectViolation[] = [];
    for (const pdb of index.ofKind('PodDisruptionBudget')) {
      if (!isPdb(pdb) || workloadsOfPdb(index, pdb).length) continue;
      const selector = asObject(pdb.manifest.spec).selector;
      out.push({
        object: pdb,
        path: pdb.pointer('spec', 'selector'),
        message: `PodDisruptionBudget "${pdb.ref.name ?? '?'}" selector (${describeSelector(selector)}) matches no workload in ${describeNamespace(namespaceOf(pdb))}`,
      });
    }
    return out;
  },
);
