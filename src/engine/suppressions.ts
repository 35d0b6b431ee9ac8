import { AnalyzedObject } from './analyze';
import { SUPPRESSION_INVALID, SUPPRESSION_NOT_ALLOWED, SUPPRESSION_UNUSED } from './governance';
import { RuleMetadata } from './rule';
import { parseSuppressionAnnotation, SUPPRESSION_ANNOTATION } from './suppression-syntax';
import { Finding, Severity, Suppression, SuppressionInfo, SuppressionSelector } from './types';
import { ResolvedProfile } from '../profiles/profile';

/** A finding with the object it was reported on. */
export interface LocatedFinding {
  readonly finding: Finding;
  readonly object: AnalyzedObject;
}

/** How suppressions are governed in one evaluation. */
export interface SuppressionPolicy {
  /** Suppressions from a central file, matched by kind/namespace/name. */
  readonly selectors?: readonly SuppressionSelector[];
  /** Severity of `suppression-unused` findings, or `off`. @default 'warning' */
  readonly unusedSuppressions?: Severity | 'off';
  readonly now: Date;
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

function selectorMatches(s: SuppressionSelector, object: AnalyzedObject): boolean {
  return (
    (s.kind === undefined || s.kind === object.kind) &&
    (s.namespace === undefined || s.namespace === (object.ref.namespace ?? 'default')) &&
    (s.name === undefined || s.name === object.ref.name)
  );
}

/** Identity of a declared suppression, so one declaration covering many objects is counted once. */
function keyOf(s: Suppression): string {
  return JSON.stringify([s.source, s.ruleIds, s.reason, s.until ?? null, s.appliesTo ?? null]);
}

interface Declared {
  readonly suppression: Suppression;
  readonly firstObject?: AnalyzedObject;
  readonly used: Set<string>;
}

function metaFinding(meta: RuleMetadata, severity: Severity, object: AnalyzedObject | undefined, path: string, message: string, selector?: SuppressionSelector): Finding {
  const provenance = object?.input.provenance;
  const position = object ? provenance?.positionOf?.(path) : undefined;
  const resource = object?.ref ?? { apiVersion: 'cdk8s-guardrails/v1', kind: 'Suppression', name: selector?.source ?? 'unknown' };
  const file = object ? provenance?.file : selector?.source.startsWith('file:') ? selector.source.slice(5).replace(/:\d+$/, '') : undefined;
  const line = position?.line ?? (object ? undefined : selector?.line);
  return {
    ruleId: meta.id,
    severity,
    message,
    remediation: meta.remediation,
    resource,
    path,
    ...(file !== undefined ? { file } : {}),
    ...(provenance?.documentIndex !== undefined ? { documentIndex: provenance.documentIndex } : {}),
    ...(line !== undefined ? { line, column: position?.column ?? 1 } : {}),
    ...(provenance?.constructPath !== undefined ? { constructPath: provenance.constructPath } : {}),
  };
}

/**
 * Applies every suppression that reaches an object (given with the input, carried in the
 * `cdk8s-guardrails/suppressions` annotation, or matched from a central file), then reports the
 * suppressions themselves: invalid ones, ones aimed at unsuppressible rules, and unused ones.
 * `found[i]` was reported on `foundOn[i]` (parallel arrays: no wrapper object per finding).
 */
export function applySuppressions(
  found: readonly Finding[],
  foundOn: readonly AnalyzedObject[],
  objects: readonly AnalyzedObject[],
  profile: ResolvedProfile,
  policy: SuppressionPolicy,
): Finding[] {
  const unsuppressible = new Set(profile.rules.filter((r) => r.unsuppressible).map((r) => r.rule.meta.id));
  const declared = new Map<string, Declared>();
  const perObject = new Map<AnalyzedObject, Suppression[]>();
  const extra: Finding[] = [];
  const annotationPath = (o: AnalyzedObject) => o.pointer('metadata', 'annotations', SUPPRESSION_ANNOTATION);

  const declare = (s: Suppression, object: AnalyzedObject | undefined): Suppression => {
    const key = keyOf(s);
    const existing = declared.get(key);
    if (existing) return existing.suppression;
    declared.set(key, { suppression: s, firstObject: object, used: new Set() });
    return s;
  };
  for (const selector of policy.selectors ?? []) declare(selector, undefined);

  for (const object of objects) {
    const list: Suppression[] = [];
    for (const s of object.input.suppressions ?? []) list.push(declare(s, object));
    const annotation = object.annotations[SUPPRESSION_ANNOTATION];
    if (annotation !== undefined) {
      const parsed = parseSuppressionAnnotation(annotation);
      for (const problem of parsed.problems) {
        extra.push(metaFinding(SUPPRESSION_INVALID, 'error', object, annotationPath(object), `Suppression annotation ignored: ${problem}`));
      }
      for (const s of parsed.suppressions) list.push(declare(s, object));
    }
    for (const selector of policy.selectors ?? []) {
      if (selectorMatches(selector, object)) {
        list.push(selector);
        const d = declared.get(keyOf(selector))!;
        if (!d.firstObject) declared.set(keyOf(selector), { ...d, firstObject: object });
      }
    }
    if (list.length) perObject.set(object, list);
  }

  const findings = found.map((finding, i) => {
    const declaredHere = perObject.get(foundOn[i]);
    if (declaredHere === undefined) return finding; // the usual case: nothing to match, nothing to allocate
    const candidates = declaredHere.filter((s) => s.ruleIds.includes(finding.ruleId) && inScope(s, finding));
    if (!candidates.length || unsuppressible.has(finding.ruleId)) return finding;
    for (const c of candidates) declared.get(keyOf(c))!.used.add(finding.ruleId);
    const active = candidates.find((s) => !isExpired(s.until, policy.now));
    if (active) return { ...finding, suppressed: info(active) };
    const expired = candidates[0];
    return {
      ...finding,
      message: `${finding.message} (suppression expired on ${expired.until}: "${expired.reason}", declared at ${expired.source})`,
      expiredSuppression: info(expired),
    };
  });

  for (const { suppression, firstObject, used } of declared.values()) {
    const selector = 'kind' in suppression || 'line' in suppression ? (suppression as SuppressionSelector) : undefined;
    const path = firstObject ? (suppression.source === 'annotation' || suppression.source.startsWith('construct:') ? annotationPath(firstObject) : firstObject.pointer('metadata')) : '';
    for (const ruleId of suppression.ruleIds) {
      if (unsuppressible.has(ruleId)) {
        extra.push(
          metaFinding(SUPPRESSION_NOT_ALLOWED, 'error', firstObject, path, `Rule ${ruleId} cannot be suppressed in profile ${profile.name}; the suppression declared at ${suppression.source} ("${suppression.reason}") is ignored`, selector),
        );
      } else if (!used.has(ruleId) && policy.unusedSuppressions !== 'off') {
        extra.push(
          metaFinding(SUPPRESSION_UNUSED, policy.unusedSuppressions ?? 'warning', firstObject, path, `Suppression of ${ruleId} declared at ${suppression.source} ("${suppression.reason}") matched no finding`, selector),
        );
      }
    }
  }
  return [...findings, ...extra];
}
