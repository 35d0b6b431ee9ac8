import { AnalyzedObject } from './analyze';
import { SUPPRESSION_INVALID, SUPPRESSION_NOT_ALLOWED, SUPPRESSION_UNUSED } from './governance';
import { RuleMetadata } from './rule';
import { parseSuppressionAnnotation, SUPPRESSION_ANNOTATION } from './suppression-syntax';
import { Finding, Severity, Suppression, SuppressionInfo, SuppressionSelector } from './types';
import { ResolvedProfile } from '../profiles/profile';

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

/** A finding about a suppression: on `object`, or without one on `selector` itself (a file entry that matched no object). */
function metaFinding(meta: RuleMetadata, severity: Severity, object: AnalyzedObject | undefined, path: string, message: string, selector?: SuppressionSelector): Finding {
  const provenance = object?.input.provenance;
  const position = object ? provenance?.positionOf?.(path) : undefined;
  const resource = object?.ref ?? { apiVersion: 'cdk8s-guardrails/v1', kind: 'Suppression', name: selector!.source };
  const file = object ? provenance?.file : selector!.source.startsWith('file:') ? selector!.source.slice(5).replace(/:\d+$/, '') : undefined;
  const line = position?.line ?? (object ? undefined : selector!.line);
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
 * Every suppression that reaches an object (given with the input, carried in the
 * `cdk8s-guardrails/suppressions` annotation, or matched from a central file), and the findings
 * about the suppressions themselves: invalid ones, ones aimed at unsuppressible rules, unused ones.
 * Only findings on objects it `covers` need `apply`; after the last one, `governance()` tells
 * which suppressions matched nothing.
 */
export class SuppressionMatcher {
  /** Findings about annotations that could not be read, in object order. */
  public readonly invalid: Finding[] = [];
  private readonly unsuppressible: Set<string>;
  private readonly declared = new Map<string, Declared>();
  private readonly perObject = new Map<AnalyzedObject, Suppression[]>();

  constructor(objects: readonly AnalyzedObject[], private readonly profile: ResolvedProfile, private readonly policy: SuppressionPolicy) {
    this.unsuppressible = new Set(profile.rules.filter((r) => r.unsuppressible).map((r) => r.rule.meta.id));
    const selectors = policy.selectors ?? [];
    for (const selector of selectors) this.declare(selector, undefined);
    // Index loops, and no list for the usual object without suppressions: this runs once per
    // evaluation, in V8's interpreter, over every object.
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      const given = object.input.suppressions;
      const annotation = object.annotations[SUPPRESSION_ANNOTATION];
      // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining,EqualityOperator,BooleanLiteral: a shortcut; where it does not skip, the loops below find no suppression for such an object and store nothing
      if (!given?.length && annotation === undefined && !selectors.length) continue;
      const list: Suppression[] = [];
      for (const s of given ?? []) list.push(this.declare(s, object));
      if (annotation !== undefined) {
        const parsed = parseSuppressionAnnotation(annotation);
        for (const problem of parsed.problems) {
          this.invalid.push(metaFinding(SUPPRESSION_INVALID, 'error', object, annotationPath(object), `Suppression annotation ignored: ${problem}`));
        }
        for (const s of parsed.suppressions) list.push(this.declare(s, object));
      }
      for (const selector of selectors) {
        if (selectorMatches(selector, object)) {
          list.push(selector);
          const d = this.declared.get(keyOf(selector))!;
          if (!d.firstObject) this.declared.set(keyOf(selector), { ...d, firstObject: object });
        }
      }
      if (list.length) this.perObject.set(object, list);
    }
  }

  /** True when some suppression reaches some object. */
  public get coversAny(): boolean {
    // Stryker disable next-line all: callers only skip, when it is false, a walk that would find no covered object; only speed differs
    return this.perObject.size > 0;
  }

  /** True when some suppression reaches `object`; findings on other objects stay as they are. */
  public covers(object: AnalyzedObject): boolean {
    return this.perObject.has(object);
  }

  /** The finding as suppressed, with an expired suppression noted, or unchanged. */
  public apply(finding: Finding, object: AnalyzedObject): Finding {
    const declaredHere = this.perObject.get(object);
    if (declaredHere === undefined) return finding;
    const candidates = declaredHere.filter((s) => s.ruleIds.includes(finding.ruleId) && inScope(s, finding));
    if (!candidates.length || this.unsuppressible.has(finding.ruleId)) return finding;
    for (const c of candidates) this.declared.get(keyOf(c))!.used.add(finding.ruleId);
    const active = candidates.find((s) => !isExpired(s.until, this.policy.now));
    if (active) return { ...finding, suppressed: info(active) };
    const expired = candidates[0];
    return {
      ...finding,
      message: `${finding.message} (suppression expired on ${expired.until}: "${expired.reason}", declared at ${expired.source})`,
      expiredSuppression: info(expired),
    };
  }

  /** Suppressions aimed at unsuppressible rules, and (after every finding was applied) unused ones. */
  public governance(): Finding[] {
    const out: Finding[] = [];
    for (const { suppression, firstObject, used } of this.declared.values()) {
      const path = firstObject ? (suppression.source === 'annotation' || suppression.source.startsWith('construct:') ? annotationPath(firstObject) : firstObject.pointer('metadata')) : '';
      for (const ruleId of suppression.ruleIds) {
        if (this.unsuppressible.has(ruleId)) {
          out.push(
            metaFinding(SUPPRESSION_NOT_ALLOWED, 'error', firstObject, path, `Rule ${ruleId} cannot be suppressed in profile ${this.profile.name}; the suppression declared at ${suppression.source} ("${suppression.reason}") is ignored`, suppression),
          );
        } else if (!used.has(ruleId) && this.policy.unusedSuppressions !== 'off') {
          out.push(
            metaFinding(SUPPRESSION_UNUSED, this.policy.unusedSuppressions ?? 'warning', firstObject, path, `Suppression of ${ruleId} declared at ${suppression.source} ("${suppression.reason}") matched no finding`, suppression),
          );
        }
      }
    }
    return out;
  }

  private declare(s: Suppression, object: AnalyzedObject | undefined): Suppression {
    const key = keyOf(s);
    const existing = this.declared.get(key);
    if (existing) return existing.suppression;
    this.declared.set(key, { suppression: s, firstObject: object, used: new Set() });
    return s;
  }
}

function annotationPath(object: AnalyzedObject): string {
  return object.pointer('metadata', 'annotations', SUPPRESSION_ANNOTATION);
}
