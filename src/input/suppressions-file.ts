import { InputError, parseYaml } from './yaml';
import { readSuppressionEntry } from '../engine/suppression-syntax';
import { SuppressionSelector } from '../engine/types';
import { asArray, asObject, asString, isObject } from '../engine/values';

/** The result of reading a central suppressions file. */
export interface ParsedSuppressionsFile {
  readonly selectors: SuppressionSelector[];
  readonly errors: InputError[];
}

/**
 * Reads a suppressions file:
 *
 * ```yaml
 * suppressions:
 *   - kind: DaemonSet          # optional; kind, namespace and name narrow the match
 *     namespace: monitoring
 *     name: node-exporter
 *     rules: [pss-host-namespaces]
 *     reason: Node exporter reads host metrics (SEC-42)
 *     until: 2027-03-31       # optional
 *     containers: [exporter]  # optional; or paths: [/spec/template/spec/volumes]
 * ```
 */
export function parseSuppressionsFile(text: string, file: string): ParsedSuppressionsFile {
  const parsed = parseYaml(text, file);
  const errors: InputError[] = [...parsed.errors];
  const selectors: SuppressionSelector[] = [];
  const doc = parsed.manifests[0];
  if (!doc) {
    if (!errors.length) errors.push({ file, message: 'the suppressions file is empty; expected a mapping with a `suppressions:` list' });
    return { selectors, errors };
  }
  const root = asObject(doc.manifest);
  const lineOf = (pointer: string) => doc.provenance?.positionOf?.(pointer)?.line;
  if (!Array.isArray(root.suppressions)) {
    errors.push({ file, line: lineOf(''), message: 'expected a top-level `suppressions:` list' });
    return { selectors, errors };
  }
  asArray(root.suppressions).forEach((entry, i) => {
    const line = lineOf(`/suppressions/${i}`);
    const { fields, problems } = readSuppressionEntry(entry);
    for (const problem of problems) errors.push({ file, line, message: `suppression ${i + 1}: ${problem}` });
    if (!fields || !isObject(entry)) return;
    const kind = asString(entry.kind);
    const namespace = asString(entry.namespace);
    const name = asString(entry.name);
    selectors.push({
      ...fields,
      source: `file:${file}${line !== undefined ? `:${line}` : ''}`,
      ...(kind !== undefined ? { kind } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(line !== undefined ? { line } : {}),
    });
  });
  return { selectors, errors };
}
