import { Manifest } from '../../engine/types';

/** A failing and a passing example of one rule, shown in docs/rules.md and run by the tests. */
export interface RuleExample {
  /** Minimal manifests on which the rule reports at least one finding. */
  readonly fail: readonly Manifest[];
  /** The same manifests, fixed: the rule reports nothing on them. */
  readonly pass: readonly Manifest[];
  /** Rule options the examples need (rules that do nothing with their defaults). */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Target Kubernetes version the examples need. @default 'latest' */
  readonly kubernetesVersion?: string;
  /** One sentence shown above the examples. */
  readonly note?: string;
}

/** Examples of the rules of one category, by rule id. */
export type RuleExamples = Readonly<Record<string, RuleExample>>;
