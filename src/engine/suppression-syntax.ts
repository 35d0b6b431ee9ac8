import { parse as parseYamlText } from 'yaml';
import { asArray, asObject, asString, isObject } from './values';
import { Suppression, SuppressionScope } from './types';

/** Annotation that carries suppressions on an object, in YAML or JSON. */
export const SUPPRESSION_ANNOTATION = 'cdk8s-guardrails/suppressions';

const MIN_REASON_CHARS = 10;

/**
 * Checks what every suppression needs, wherever it was declared: rule ids without wildcards,
 * a reason of real text, an ISO expiry date. Returns problems as sentences (empty when valid).
 */
export function suppressionProblems(ruleIds: readonly unknown[], reason: unknown, until: unknown): string[] {
  const problems: string[] = [];
  if (!ruleIds.length) problems.push('name at least one rule id in `rules`');
  for (const id of ruleIds) {
    if (typeof id !== 'string' || !id.trim()) problems.push(`rule id ${JSON.stringify(id)} is not a rule id`);
    else if (/[*?]/.test(id)) problems.push(`rule id "${id}" has a wildcard; wildcards would hide future findings, so name each rule id`);
  }
  // Stryker disable next-line ArrayDeclaration: the fallback is used only when nothing matched; a count of 0 or 1 is below MIN_REASON_CHARS either way, giving the same problem
  const letters = typeof reason === 'string' ? (reason.match(/[\p{L}\p{N}]/gu) ?? []).length : 0;
  if (letters < MIN_REASON_CHARS) {
    problems.push(`give a \`reason\` of at least ${MIN_REASON_CHARS} letters or digits explaining why the risk is accepted`);
  }
  if (until !== undefined && (typeof until !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(until) || Number.isNaN(Date.parse(until)))) {
    problems.push(`\`until\` must be an ISO date such as 2027-01-31 (got ${JSON.stringify(until)})`);
  }
  return problems;
}

/** The parts of one suppression entry as written by people (annotation or file). */
export interface SuppressionEntryFields {
  readonly ruleIds: string[];
  readonly reason: string;
  readonly until?: string;
  readonly appliesTo?: SuppressionScope;
}

function stringList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Reads `rules`, `reason`, `until`, `containers`, `paths` from an entry; returns problems instead of throwing. */
export function readSuppressionEntry(entry: unknown): { fields?: SuppressionEntryFields; problems: string[] } {
  if (!isObject(entry)) return { problems: ['each suppression must be a mapping with `rules` and `reason`'] };
  const ruleIds = stringList(entry.rules ?? entry.ruleIds);
  // YAML turns an unquoted date into a Date; accept it as the date it reads as.
  const untilValue = entry.until instanceof Date ? entry.until.toISOString().slice(0, 10) : entry.until;
  const problems = suppressionProblems(ruleIds, entry.reason, untilValue);
  if (problems.length) return { problems };
  const containers = stringList(entry.containers).filter((c): c is string => typeof c === 'string');
  const paths = stringList(entry.paths).filter((p): p is string => typeof p === 'string');
  const appliesTo = containers.length || paths.length ? { ...(containers.length ? { containers } : {}), ...(paths.length ? { paths } : {}) } : undefined;
  return {
    problems,
    fields: {
      ruleIds: ruleIds as string[],
      reason: String(entry.reason).trim(),
      ...(typeof untilValue === 'string' ? { until: untilValue } : {}),
      ...(appliesTo ? { appliesTo } : {}),
    },
  };
}

/** Parses the suppression annotation of one object. */
export function parseSuppressionAnnotation(value: string): { suppressions: Suppression[]; problems: string[] } {
  let data: unknown;
  try {
    data = parseYamlText(value, { maxAliasCount: 10 });
  } catch (error) {
    return { suppressions: [], problems: [`the ${SUPPRESSION_ANNOTATION} annotation is not valid YAML/JSON: ${(error as Error).message.split('\n')[0]}`] };
  }
  const suppressions: Suppression[] = [];
  const problems: string[] = [];
  asArray(Array.isArray(data) ? data : [data]).forEach((entry, i) => {
    const { fields, problems: p } = readSuppressionEntry(entry);
    problems.push(...p.map((text) => `entry ${i + 1}: ${text}`));
    if (fields) {
      const declaredAt = asString(asObject(entry).declaredAt);
      suppressions.push({ ...fields, source: declaredAt ?? 'annotation' });
    }
  });
  return { suppressions, problems };
}

/** Serializes suppressions into the annotation value (one JSON line, stable key order). */
export function serializeSuppressionAnnotation(suppressions: readonly Suppression[]): string {
  return JSON.stringify(
    suppressions.map((s) => ({
      rules: s.ruleIds,
      reason: s.reason,
      ...(s.until !== undefined ? { until: s.until } : {}),
      ...(s.appliesTo?.containers ? { containers: s.appliesTo.containers } : {}),
      ...(s.appliesTo?.paths ? { paths: s.appliesTo.paths } : {}),
      declaredAt: s.source,
    })),
  );
}
