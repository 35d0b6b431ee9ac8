import { IConstruct } from 'constructs';
import { suppressionProblems } from '../engine/suppression-syntax';
import { Suppression, SuppressionScope } from '../engine/types';

/** Options of a construct-level suppression. */
export interface SuppressOptions {
  /** ISO date (YYYY-MM-DD) after which the suppression stops applying. @default - never expires */
  readonly until?: string;
  /** Narrow the suppression to some containers or JSON paths. @default - the whole object */
  readonly appliesTo?: SuppressionScope;
}

/** Thrown when a suppression is declared without a usable reason or with bad options. */
export class SuppressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuppressionError';
  }
}

/** Throws a SuppressionError naming the construct when the suppression is not acceptable. */
function validate(ruleIds: readonly string[], reason: string, until: string | undefined, where: string): void {
  const problems = suppressionProblems(ruleIds, reason, until);
  if (problems.length) throw new SuppressionError(`${where}: ${problems.join('; ')}.`);
}

const SUPPRESSIONS = new WeakMap<IConstruct, Suppression[]>();

/** Records a suppression on a construct; it covers every ApiObject at or below it. */
export function addSuppression(scope: IConstruct, ruleIds: string | readonly string[], reason: string, options: SuppressOptions = {}): void {
  const ids = typeof ruleIds === 'string' ? [ruleIds] : [...ruleIds];
  validate(ids, reason, options.until, `Guardrails.suppress(${scope.node.path || '<app>'}, ${JSON.stringify(ids)})`);
  const list = SUPPRESSIONS.get(scope) ?? [];
  list.push({
    ruleIds: ids,
    reason: reason.trim(),
    source: `construct:${scope.node.path || '<app>'}`,
    ...(options.until !== undefined ? { until: options.until } : {}),
    ...(options.appliesTo !== undefined ? { appliesTo: options.appliesTo } : {}),
  });
  SUPPRESSIONS.set(scope, list);
}

/** The suppressions declared on this construct itself, if any. */
export function ownSuppressions(scope: IConstruct): readonly Suppression[] | undefined {
  return SUPPRESSIONS.get(scope);
}
