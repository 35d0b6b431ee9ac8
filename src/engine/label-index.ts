import { labelMap, Labels } from './selectors';
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
  private readonly byLabel = new Map<string, T[]>();

  constructor(public readonly items: readonly T[], labelsOf: (item: T) => Labels) {
    for (const item of items) {
      const labels = labelsOf(item);
      for (const key in labels) {
        if (!Object.prototype.hasOwnProperty.call(labels, key)) continue;
        const pair = labelKey(key, labels[key]);
        const list = this.byLabel.get(pair);
        if (list) list.push(item);
        else this.byLabel.set(pair, [item]);
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
    // labelMap keeps scalar values as strings, as the matchers compare them; entries it drops
    // (non-scalar values) match nothing, so leaving them out only widens the candidates.
    const required = labelMap(requirements);
    let best: readonly T[] | undefined;
    for (const key in required) {
      const list = this.byLabel.get(labelKey(key, required[key])) ?? [];
      if (best === undefined || list.length < best.length) best = list;
      if (!best.length) break;
    }
    return best;
  }
}

/** Keys and values cannot contain NUL in a valid manifest; a collision would only add candidates. */
function labelKey(key: string, value: string): string {
  return key + '\u0000' + value;
}
