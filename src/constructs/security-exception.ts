import { IConstruct } from 'constructs';
import { Guardrails } from '../cdk8s/guardrails';
import { SuppressOptions } from '../cdk8s/suppress';
import { InsecurePropError } from './errors';

/**
 * An explicit, recorded exception to a secure default. Props that weaken a construct accept one
 * instead of a plain flag, so the decision is written down: the construct records it with
 * `Guardrails.suppress(scope, ruleIds, reason)` on the objects it weakens, and it shows in every
 * report.
 */
export interface SecurityException {
  /** Why the risk is accepted (at least 10 letters or digits); shown in every report. */
  readonly reason: string;
  /** Ids of the rules whose findings this exception accepts, as printed in the finding (e.g. `pss-privileged`). */
  readonly ruleIds: readonly string[];
  /** ISO date (YYYY-MM-DD) after which the exception stops applying. @default - never expires */
  readonly until?: string;
}

/**
 * Throws an InsecurePropError naming `prop` on `scope` unless `exception` is given with rule ids;
 * returns the exception.
 */
export function requireException(scope: IConstruct, prop: string, exception: SecurityException | undefined, fix: string): SecurityException {
  if (!exception || typeof exception !== 'object') {
    throw new InsecurePropError(scope.node.path, prop, 'weakens a secure default and needs an explicit exception', fix);
  }
  if (!Array.isArray(exception.ruleIds) || exception.ruleIds.length === 0) {
    throw new InsecurePropError(scope.node.path, `${prop}.exception.ruleIds`, 'is empty', 'name the rule ids the exception accepts, as printed in the finding');
  }
  return exception;
}

/**
 * Records `exception` for the weakened `prop` as a suppression on `target` (the objects the
 * exception is about), narrowed by `options.appliesTo` where given.
 */
export function recordException(target: IConstruct, prop: string, exception: SecurityException, options: Pick<SuppressOptions, 'appliesTo'> = {}): void {
  Guardrails.suppress(target, exception.ruleIds, `${prop}: ${exception.reason}`, {
    ...(exception.until !== undefined ? { until: exception.until } : {}),
    ...(options.appliesTo ? { appliesTo: options.appliesTo } : {}),
  });
}
