import { IConstruct } from 'constructs';
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

const MIN_REASON_LETTERS = 10;

/** Checks the parts of a suppression every source shares: ids, reason, expiry date. */
export function validateSuppression(ruleIds: readonly string[], reason: string, until: string | undefined, where: string): void {
  if (!ruleIds.length) throw new SuppressionError(`${where}: name at least one rule id to suppress.`);
  for (const id of ruleIds) {
    if (typeof id !== 'string' || !id.trim() || /[*?]/.test(id)) {
      throw new SuppressionError(`${where}: rule id ${JSON.stringify(id)} is not allowed; wildcards would hide future findings, so name each rule id.`);
    }
  }
  const letters = (typeof reason === 'string' ? reason.match(/[\p{L}\p{N}]/gu) ?? [] : []).length;
  if (letters < MIN_REASON_LETTERS) {
    throw new SuppressionError(
      `${where}: a suppression of ${ruleIds.join(', ')} needs a reason of at least ${MIN_REASON_LETTERS} letters or digits explaining why the risk is accepted.`,
    );
  }
  if (until !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(until) || Number.isNaN(Date.parse(until)))) {
    throw new SuppressionError(`${where}: until "${until}" is not an ISO date; use YYYY-MM-DD.`);
  }
}

const SUPPRESSIONS = new WeakMap<IConstruct, Suppression[]>();

/** Records a suppression on a construct; it covers every ApiObject at or below it. */
export function addSuppression(scope: IConstruct, ruleIds: string | readonly string[], reason: string, options: SuppressOptions = {}): void {
  const ids = typeof ruleIds === 'string' ? [ruleIds] : [...ruleIds];
  validateSuppression(ids, reason, options.until, `Guardrails.suppress(${scope.node.path || '<app>'})`);
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

/** Every suppression declared on the construct or any of its ancestors. */
export function suppressionsFor(construct: IConstruct): Suppression[] {
  const out: Suppression[] = [];
  for (const scope of construct.node.scopes) {
    const list = SUPPRESSIONS.get(scope);
    if (list) out.push(...list);
  }
  return out;
}
