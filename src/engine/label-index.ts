import { Labels, labelValue } from './selectors';
import { asObject, isObject } from './values';

/**
 * Items (e.g. workloads) indexed by their `key=value` labels, so a selector is tested against the
 * few items that carry one of its required labels instead of against every item. Without it,
 * relating N Services to N Deployments costs N² selector matches.
 *
 * `candidates*` narrow only: callers still run the real match (`mapSelectorMatches`,
 * `labelSelectorMatches`) on each candidate, so results are exactly those of a full scan, in the
 * same (input) order.
 */
export class LabelIndex<T> {
  /** Items by label key, then by value: two lookups of texts the manifests hold, instead of joining them into a new key (hashed anew) per lookup. */
  private readonly byLabel = new Map<string, Map<string, T[]>>();

  constructor(public readonly items: readonly T[], labelsOf: (item: T) => Labels) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const labels = labelsOf(item);
      for (const key in labels) {
        if (!Object.prototype.hasOwnProperty.call(labels, key)) continue;
        let byValue = this.byLabel.get(key);
        if (!byValue) this.byLabel.set(key, (byValue = new Map()));
        const list = byValue.get(labels[key]);
        if (list) list.push(item);
        else byValue.set(labels[key], [item]);
      }
    }
  }

  /**
   * Items a map selector (Service `spec.selector`) could match: those carrying its rarest
   * required label. Empty for an empty or missing map, which selects nothing.
   */
  public candidatesForMap(selector: unknown): readonly T[] {
    if (!Object.keys(asObject(selector)).length) return [];
    return this.narrowest(selector) ?? this.items;
  }

  /**
   * Items a `metav1.LabelSelector` could match: those carrying its rarest `matchLabels` label, or
   * every item when it has no matchLabels (expressions only, or `{}` which selects everything).
   * Empty for a missing selector, which selects nothing.
   */
  public candidatesForLabelSelector(selector: unknown): readonly T[] {
    if (!isObject(selector)) return [];
    return this.narrowest(selector.matchLabels) ?? this.items;
  }

  /** The shortest item list among the selector's required labels; undefined when it requires none. */
  private narrowest(requirements: unknown): readonly T[] | undefined {
    // Values are compared as the matchers compare them (labelValue); entries without a scalar
    // value match nothing, so leaving them out only widens the candidates.
    const required = asObject(requirements);
    let best: readonly T[] | undefined;
    for (const key in required) {
      if (!Object.prototype.hasOwnProperty.call(required, key)) continue;
      const value = labelValue(required[key]);
      if (value === undefined) continue;
      const list = this.byLabel.get(key)?.get(value) ?? NONE;
      if (best === undefined || list.length < best.length) best = list;
      if (!best.length) break;
    }
    return best;
  }
}

const NONE: readonly never[] = [];
