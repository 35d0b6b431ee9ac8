import { AnalyzedObject } from '../../engine/analyze';
import { asInteger, asObject, asString } from '../../engine/values';
import { namespaceOf, ObjectIndex, WorkloadEntry } from './object-index';
import { isEmptyLabelSelector } from '../../engine/selectors';

/** True for a PodDisruptionBudget. */
export function isPdb(object: AnalyzedObject): boolean {
  return object.kind === 'PodDisruptionBudget' && object.apiVersion.startsWith('policy/');
}

/** True for a HorizontalPodAutoscaler. */
export function isHpa(object: AnalyzedObject): boolean {
  return object.kind === 'HorizontalPodAutoscaler' && object.apiVersion.startsWith('autoscaling/');
}

/** The workload an HPA scales: kind and name from `spec.scaleTargetRef`. */
export function hpaTarget(hpa: AnalyzedObject): { kind?: string; name?: string } {
  const ref = asObject(asObject(hpa.manifest.spec).scaleTargetRef);
  const kind = asString(ref.kind);
  const name = asString(ref.name);
  return { ...(kind !== undefined ? { kind } : {}), ...(name !== undefined ? { name } : {}) };
}

/** `spec.minReplicas` of an HPA (default 1). */
export function hpaMinReplicas(hpa: AnalyzedObject): number | undefined {
  const value = asObject(hpa.manifest.spec).minReplicas;
  return value === undefined || value === null ? 1 : asInteger(value);
}

/** HPAs by namespace, target kind and target name, built once per index (not once per workload). */
const HPAS_BY_TARGET = new WeakMap<ObjectIndex, Map<string, AnalyzedObject[]>>();

function hpaKey(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/** The first HPA of the index (in input order) that targets the workload. */
function firstHpaOf(index: ObjectIndex, w: WorkloadEntry): AnalyzedObject | undefined {
  let byTarget = HPAS_BY_TARGET.get(index);
  if (!byTarget) {
    byTarget = new Map();
    for (const h of index.ofKind('HorizontalPodAutoscaler')) {
      if (!isHpa(h)) continue;
      const t = hpaTarget(h);
      if (t.kind === undefined || t.name === undefined) continue;
      const key = hpaKey(namespaceOf(h), t.kind, t.name);
      const list = byTarget.get(key);
      if (list) list.push(h);
      else byTarget.set(key, [h]);
    }
    HPAS_BY_TARGET.set(index, byTarget);
  }
  // Apps without HPAs need no key per workload.
  const name = w.object.ref.name;
  return byTarget.size === 0 || name === undefined ? undefined : byTarget.get(hpaKey(w.namespace, w.object.kind, name))?.[0];
}

/**
 * Workloads a PDB selects, in input order; looked up through the index's label index, so PDBs with
 * the same selector get the same list (rules can work once per list). policy/v1 treats an empty
 * selector as every pod of the namespace; policy/v1beta1 as none.
 */
export function workloadsOfPdb(index: ObjectIndex, pdb: AnalyzedObject): readonly WorkloadEntry[] {
  const selector = asObject(pdb.manifest.spec).selector;
  if (pdb.apiVersion === 'policy/v1beta1' && isEmptyLabelSelector(selector)) return [];
  return index.workloadsMatchingLabelSelector(namespaceOf(pdb), selector);
}

/** The fewest pods the workload runs: the HPA's minReplicas when autoscaled, else `spec.replicas`. */
export function replicaFloor(index: ObjectIndex, w: WorkloadEntry): { replicas?: number; hpa?: AnalyzedObject } {
  const hpa = firstHpaOf(index, w);
  if (hpa) {
    const min = hpaMinReplicas(hpa);
    return { ...(min !== undefined ? { replicas: min } : {}), hpa };
  }
  return w.replicas !== undefined ? { replicas: w.replicas } : {};
}

/** Parses an IntOrString budget: `{ int }`, `{ percent }` or undefined for odd values. */
export function budget(value: unknown): { int?: number; percent?: number } | undefined {
  const int = typeof value === 'number' ? asInteger(value) : undefined;
  if (int !== undefined) return { int };
  const text = asString(value)?.trim();
  if (text === undefined) return undefined;
  const pct = /^(\d+)%$/.exec(text);
  if (pct) return { percent: Number(pct[1]) };
  const asInt = asInteger(text);
  return asInt !== undefined ? { int: asInt } : undefined;
}
