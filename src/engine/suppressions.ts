import { AnalyzedObject } from './analyze';
import { Finding, Suppression, SuppressionInfo } from './types';
import { ResolvedProfile } from '../profiles/profile';

/** A finding with the object it was reported on. */
export interface LocatedFinding {
  readonly finding: Finding;
  readonly object: AnalyzedObject;
}

function info(s: Suppression): SuppressionInfo {
  return { reason: s.reason, source: s.source, ...(s.until !== undefined ? { until: s.until } : {}) };
}

function inScope(s: Suppression, finding: Finding): boolean {
  const scope = s.appliesTo;
  if (!scope) return true;
  if (scope.containers?.length && !(finding.container !== undefined && scope.containers.includes(finding.container))) return false;
  if (scope.paths?.length && !scope.paths.some((p) => finding.path === p || finding.path.startsWith(p.endsWith('/') ? p : p + '/'))) return false;
  return true;
}

/** Expiry is inclusive of the whole `until` day when only a date is given. */
export function isExpired(until: string | undefined, now: Date): boolean {
  if (until === undefined) return false;
  const end = /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(until + 'T23:59:59.999Z') : Date.parse(until);
  return Number.isNaN(end) || end < now.getTime();
}

/** Marks findings covered by the suppressions of their objects; unsuppressible rules are never marked. */
export function applySuppressions(located: readonly LocatedFinding[], profile: ResolvedProfile, now: Date): Finding[] {
  const unsuppressible = new Set(profile.rules.filter((r) => r.unsuppressible).map((r) => r.rule.meta.id));
  return located.map(({ finding, object }) => {
    const candidates = (object.input.suppressions ?? []).filter((s) => s.ruleIds.includes(finding.ruleId) && inScope(s, finding));
    if (!candidates.length || unsuppressible.has(finding.ruleId)) return finding;
    const active = candidates.find((s) => !isExpired(s.until, now));
    if (active) return { ...finding, suppressed: info(active) };
    const expired = candidates[0];
    return {
      ...finding,
      message: `${finding.message} (suppression expired on ${expired.until}: "${expired.reason}")`,
      expiredSuppression: info(expired),
    };
  });
}
