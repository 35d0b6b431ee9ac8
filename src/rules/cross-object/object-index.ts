import { AnalyzedObject } from '../../engine/analyze';
import { asInteger, asObject } from '../../engine/values';
import { PodSpecView } from '../../engine/workload';
import { isClusterScopedKind } from '../metadata/scope';
import { LabelIndex } from '../../engine/label-index';
import { labelMap, Labels, labelSelectorMatches, mapSelectorMatches, selectorKey } from '../../engine/selectors';
import { producedSecrets } from './produced-secrets';

/**
 * Namespaces in cross-object rules.
 *
 * An object without `metadata.namespace` is placed, by whoever applies it, in one namespace that
 * the manifests do not name (the kubectl context's, or the Chart's when cdk8s sets none). Every
 * such object is therefore treated as being in the same "unspecified" namespace, keyed `''`, and
 * only related to other objects without a namespace; `default` written explicitly is a different
 * namespace. References made from the unspecified namespace resolve only inside it.
 */
export const UNSPECIFIED_NAMESPACE = '';

/** The namespace key of an object (`''` for unspecified). Cluster-scoped objects also get `''`. */
export function namespaceOf(object: AnalyzedObject): string {
  return object.ref.namespace ?? UNSPECIFIED_NAMESPACE;
}

/** Names a namespace key for messages. */
export function describeNamespace(namespace: string): string {
  return namespace === UNSPECIFIED_NAMESPACE ? 'the unspecified namespace (objects without metadata.namespace)' : `namespace "${namespace}"`;
}

/** Names an object for messages: `Deployment "web"`. */
export function describeObject(object: AnalyzedObject): string {
  return object.ref.name !== undefined ? `${object.kind} "${object.ref.name}"` : object.kind;
}

/** Candidate lists at least this long are matched once per distinct selector (see ObjectIndex.matchOnce). */
const SHARED_MATCH_MIN_CANDIDATES = 16;

/** Kinds whose pods are counted by `spec.replicas`. */
export const SCALABLE_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** An object that creates pods, with the labels those pods get. */
export interface WorkloadEntry {
  readonly object: AnalyzedObject;
  readonly namespace: string;
  readonly pod: PodSpecView;
  readonly podLabels: Labels;
  /** `spec.replicas` (default 1) for scalable kinds, 1 for a Pod, undefined when not known statically. */
  readonly replicas?: number;
}


function replicasOf(object: AnalyzedObject): number | undefined {
  if (object.kind === 'Pod') return 1;
  if (!SCALABLE_KINDS.has(object.kind)) return undefined;
  const value = asObject(object.manifest.spec).replicas;
  return value === undefined || value === null ? 1 : asInteger(value);
}

/** The objects of one evaluation, indexed once and shared by every cross-object rule. */
export class ObjectIndex {
  /** Every object that runs pods (PodTemplates excluded: they run nothing by themselves). */
  public readonly workloads: readonly WorkloadEntry[];
  /**
   * Objects by kind, then namespace key, then name: lookups of texts the manifests hold, instead of
   * a joined key hashed anew per object. Built per kind on its first lookup: rules look up a few
   * kinds (ServiceAccounts, Secrets, Services ...), and most objects of an app are of other kinds.
   */
  private readonly byName = new Map<string, Map<string, Map<string, AnalyzedObject[]>>>();
  private readonly byKind = new Map<string, AnalyzedObject[]>();
  private readonly byNamespace = new Map<string, WorkloadEntry[]>();
  /** Pod-label indexes of the workloads of each namespace, built when a rule first matches a selector there. */
  private readonly labelIndexes = new Map<string, LabelIndex<WorkloadEntry>>();
  /** Matches of selectors with long candidate lists, by namespace and selector key (see matchOnce). */
  private readonly matched = new Map<string, readonly WorkloadEntry[]>();

  constructor(public readonly objects: readonly AnalyzedObject[]) {
    const workloads: WorkloadEntry[] = [];
    // Index loops: the constructor runs once per evaluation, in V8's interpreter, over every object.
    for (let o = 0; o < objects.length; o++) {
      const object = objects[o];
      push(this.byKind, object.kind, object);
      if (object.kind === 'PodTemplate') continue;
      for (let p = 0; p < object.podSpecs.length; p++) {
        const pod = object.podSpecs[p];
        workloads.push({
          object,
          namespace: namespaceOf(object),
          pod,
          // The labels of the template the pod spec was found in: for a core Pod its own metadata, for
          // any other kind (even one named Pod in another API group) its pod template's.
          podLabels: labelMap(asObject(pod.metadata).labels),
          replicas: replicasOf(object),
        });
      }
    }
    this.workloads = workloads;
    for (let w = 0; w < workloads.length; w++) push(this.byNamespace, workloads[w].namespace, workloads[w]);
  }

  /** Namespaces (keys) that have workloads. */
  public workloadNamespaces(): string[] {
    return [...this.byNamespace.keys()];
  }

  /** Objects of a kind (any apiVersion). */
  public ofKind(kind: string): readonly AnalyzedObject[] {
    return this.byKind.get(kind) ?? [];
  }

  /** The objects of `kind` named `name` in `namespace` (namespace ignored for cluster-scoped kinds). */
  public find(kind: string, namespace: string, name: string): readonly AnalyzedObject[] {
    return this.namesOf(kind).get(scopedNamespace(kind, namespace))?.get(name) ?? [];
  }

  /** Workloads whose pods run in `namespace`. */
  public workloadsIn(namespace: string): readonly WorkloadEntry[] {
    return this.byNamespace.get(namespace) ?? [];
  }

  /**
   * Workloads in `namespace` whose pod labels a map selector (Service `spec.selector`) matches, in
   * input order. Uses the label index, so relating N Services to N workloads is not N² matches.
   * The list may be shared (see `matchOnce`): do not change it.
   */
  public workloadsMatchingMap(namespace: string, selector: unknown): readonly WorkloadEntry[] {
    const candidates = this.labelIndexIn(namespace).candidatesForMap(selector);
    return this.matchOnce(candidates, namespace, 'map', selector, (w) => mapSelectorMatches(selector, w.podLabels));
  }

  /**
   * True when a map selector matches at least one workload in `namespace` (no list is made for few
   * candidates). Many go through the shared match: a selector that matches none of them would
   * otherwise scan them all again for every Service like it.
   */
  public anyWorkloadMatchingMap(namespace: string, selector: unknown): boolean {
    const candidates = this.labelIndexIn(namespace).candidatesForMap(selector);
    const matches = (w: WorkloadEntry): boolean => mapSelectorMatches(selector, w.podLabels);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: both ways find whether one matches; only speed differs
    if (candidates.length >= SHARED_MATCH_MIN_CANDIDATES) return this.matchOnce(candidates, namespace, 'map', selector, matches).length > 0;
    return candidates.some(matches);
  }

  /** Workloads in `namespace` whose pod labels a `metav1.LabelSelector` matches, in input order. The list may be shared: do not change it. */
  public workloadsMatchingLabelSelector(namespace: string, selector: unknown): readonly WorkloadEntry[] {
    const candidates = this.labelIndexIn(namespace).candidatesForLabelSelector(selector);
    // Stryker disable next-line StringLiteral: selectorKey reads every kind but 'map' as a LabelSelector, so another text gives the same keys
    return this.matchOnce(candidates, namespace, 'labelSelector', selector, (w) => labelSelectorMatches(selector, w.podLabels));
  }

  /**
   * The candidates a selector matches. Long candidate lists are matched once per distinct selector
   * (by `selectorKey`) and the same frozen list is returned for every selector like it, so rules can
   * also work once per list: N Services, PDBs or NetworkPolicies with the same selector over N
   * workloads that carry its labels are otherwise N² matches (2,000 of each: 5 s). Short lists are
   * matched each time, which costs less than making the key.
   */
  private matchOnce(
    candidates: readonly WorkloadEntry[],
    namespace: string,
    kind: 'map' | 'labelSelector',
    selector: unknown,
    matches: (w: WorkloadEntry) => boolean,
  ): readonly WorkloadEntry[] {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: matching anew or through the shared list gives the same workloads; only speed differs
    if (candidates.length < SHARED_MATCH_MIN_CANDIDATES) return candidates.filter(matches);
    const key = `${namespace}\u0000${selectorKey(kind, selector)}`;
    let matched = this.matched.get(key);
    if (matched === undefined) {
      matched = Object.freeze(candidates.filter(matches));
      this.matched.set(key, matched);
    }
    return matched;
  }

  private labelIndexIn(namespace: string): LabelIndex<WorkloadEntry> {
    let index = this.labelIndexes.get(namespace);
    if (!index) {
      index = new LabelIndex(this.workloadsIn(namespace), (w) => w.podLabels);
      this.labelIndexes.set(namespace, index);
    }
    return index;
  }

  /** The name index of one kind; a Secret's includes the objects whose controllers create Secrets (in input order). */
  private namesOf(kind: string): Map<string, Map<string, AnalyzedObject[]>> {
    let byNamespace = this.byName.get(kind);
    // Stryker disable next-line ConditionalExpression: building the index of a kind again gives the same index; only speed differs
    if (byNamespace) return byNamespace;
    byNamespace = new Map();
    this.byName.set(kind, byNamespace);
    // Secrets: every object, for those whose controllers create one; otherwise the objects of the kind.
    const candidates = kind === 'Secret' ? this.objects : this.ofKind(kind);
    const clusterScoped = isClusterScopedKind(kind);
    for (let o = 0; o < candidates.length; o++) {
      const object = candidates[o];
      // Stryker disable next-line StringLiteral: the namespace part of cluster-scoped keys only has to be the same constant when storing and looking up
      const namespace = clusterScoped ? '' : namespaceOf(object);
      const name = object.ref.name;
      if (object.kind === kind) {
        // Stryker disable next-line ConditionalExpression: unnamed objects would be indexed under the name undefined, which no lookup asks for (find takes a string name)
        if (name !== undefined) add(byNamespace, namespace, name, object);
      }
      if (kind !== 'Secret') continue;
      const produced = producedSecrets(object);
      for (let i = 0; i < produced.length; i++) add(byNamespace, namespace, produced[i].name, object);
    }
    return byNamespace;
  }
}

function add(byNamespace: Map<string, Map<string, AnalyzedObject[]>>, namespace: string, name: string, object: AnalyzedObject): void {
  let byName = byNamespace.get(namespace);
  if (!byName) byNamespace.set(namespace, (byName = new Map()));
  push(byName, name, object);
}

/** The namespace part of a lookup: the same constant for every object of a cluster-scoped kind. */
function scopedNamespace(kind: string, namespace: string): string {
  // Stryker disable next-line StringLiteral: the namespace part of cluster-scoped keys only has to be the same constant when storing and looking up
  return isClusterScopedKind(kind) ? '' : namespace;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cache = new WeakMap<readonly AnalyzedObject[], ObjectIndex>();

/** The index of `objects`, built on first use and shared by all rules of the same evaluation. */
export function indexObjects(objects: readonly AnalyzedObject[]): ObjectIndex {
  let index = cache.get(objects);
  if (!index) {
    index = new ObjectIndex(objects);
    cache.set(objects, index);
  }
  return index;
}
