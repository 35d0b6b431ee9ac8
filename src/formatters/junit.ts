import { Finding, meetsThreshold } from '../engine/types';
import { describeResource, formatFindingLine } from './finding-line';
import { PieceBuffer } from './pieces';
import { CheckedObject, CheckRun, describeInputError, findingObjectKey, objectsOfRun, rulesOfRun } from './run';
import { TOOL_NAME } from './tool-info';
import { escapeXml, xmlAttributes } from './xml';

function objectName(o: CheckedObject): string {
  const label = describeResource(o);
  const where = o.file ?? o.constructPath;
  return where !== undefined ? `${label} (${where}${o.file !== undefined && o.documentIndex ? ` #${o.documentIndex + 1}` : ''})` : label;
}

/** What an object's findings for one rule make of its test case. */
interface CaseFindings {
  readonly blocking: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly other: readonly Finding[];
  readonly failed: boolean;
  readonly skipped: boolean;
}

function caseFindings(findings: readonly Finding[], failOn: CheckRun['failOn']): CaseFindings {
  const blocking = findings.filter((f) => !f.suppressed && meetsThreshold(f.severity, failOn));
  const suppressed = findings.filter((f) => f.suppressed);
  const other = findings.filter((f) => !f.suppressed && !meetsThreshold(f.severity, failOn));
  return { blocking, suppressed, other, failed: blocking.length > 0, skipped: !blocking.length && suppressed.length > 0 && !other.length };
}

/** A test case with findings; `attrs` are its escaped attributes. */
function testCaseXml(attrs: string, { blocking, suppressed, other }: CaseFindings): string {
  const body: string[] = [];
  if (blocking.length) {
    const first = blocking[0];
    body.push(
      `      <failure${xmlAttributes({ message: first.message, type: first.severity })}>${escapeXml(blocking.map(formatFindingLine).join('\n'))}</failure>`,
    );
  } else if (suppressed.length && !other.length) {
    const s = suppressed[0].suppressed!;
    body.push(`      <skipped${xmlAttributes({ message: `suppressed: ${s.reason}${s.until ? ` (until ${s.until})` : ''}; declared at ${s.source}` })}/>`);
  }
  // Findings below the threshold (and suppressed ones next to a failure) stay visible without failing.
  const notes = [...other, ...(blocking.length || other.length ? suppressed : [])].map(
    (f) => `${f.suppressed ? 'suppressed' : f.severity}: ${formatFindingLine(f)}`,
  );
  if (notes.length) body.push(`      <system-out>${escapeXml(notes.join('\n'))}</system-out>`);
  return body.length ? `    <testcase${attrs}>\n${body.join('\n')}\n    </testcase>` : `    <testcase${attrs}/>`;
}

/** Findings by rule id, then by object key, in report order. */
function findingsByRuleAndObject(findings: readonly Finding[]): Map<string, Map<string, Finding[]>> {
  const byRule = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let byObject = byRule.get(f.ruleId);
    if (!byObject) byRule.set(f.ruleId, (byObject = new Map()));
    const key = findingObjectKey(f);
    const list = byObject.get(key);
    if (list) list.push(f);
    else byObject.set(key, [f]);
  }
  return byRule;
}

/**
 * JUnit XML as GitLab, Jenkins and most CI systems read it: one `<testsuite>` per rule, one
 * `<testcase>` per object checked by that rule, a `<failure>` when the object has an unsuppressed
 * finding at or above fail-on, `<skipped>` when its findings are all suppressed. Input errors form
 * an `input` suite with `<error>` cases, so a broken file fails the CI job visibly.
 */
export function formatJunit(run: CheckRun): string {
  return [...junitChunks(run)].join('');
}

/**
 * The XML of `formatJunit` in pieces (see `PIECE_CHARS`). It has a test case per rule and object
 * (over a million for 10,000 objects under `recommended`), nearly all passing: their attributes
 * are escaped once per object and rule, not once per case, and the counts the opening tags carry
 * are taken from the findings alone before any case is written.
 */
export function* junitChunks(run: CheckRun): Generator<string> {
  const objects = objectsOfRun(run);
  const keys = objects.map((o) => findingObjectKey(o));
  // ` name="…" classname="` and `"[ file="…"] time="0"` of each object's cases, the rule between them.
  const before = objects.map((o) => ` name="${escapeXml(objectName(o))}" classname="`);
  const after = objects.map((o) => `"${o.file !== undefined ? ` file="${escapeXml(o.file)}"` : ''} time="0"`);
  const byRule = findingsByRuleAndObject(run.report.findings);
  const rules = rulesOfRun(run);
  const counts = rules.map((rule) => {
    let failed = 0;
    let skipped = 0;
    for (const findings of byRule.get(rule.meta.id)?.values() ?? []) {
      const c = caseFindings(findings, run.failOn);
      if (c.failed) failed++;
      if (c.skipped) skipped++;
    }
    return { failed, skipped };
  });
  const rootAttrs = xmlAttributes({
    name: `${TOOL_NAME} (${run.report.profile}, Kubernetes ${run.report.kubernetesVersion}, fail on ${run.failOn})`,
    tests: run.errors.length + rules.length * objects.length,
    failures: counts.reduce((sum, c) => sum + c.failed, 0),
    errors: run.errors.length,
    skipped: counts.reduce((sum, c) => sum + c.skipped, 0),
    time: '0',
  });
  const buffer = new PieceBuffer();
  buffer.add(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${rootAttrs}>\n`);
  if (run.errors.length) {
    const cases = run.errors.map(
      (e) =>
        `    <testcase${xmlAttributes({ name: e.line !== undefined ? `${e.file}:${e.line}` : e.file, classname: 'input', file: e.file, time: '0' })}>\n      <error${xmlAttributes({ message: e.message, type: 'input-error' })}>${escapeXml(describeInputError(e))}</error>\n    </testcase>`,
    );
    buffer.add(`  <testsuite${xmlAttributes({ name: 'input', tests: cases.length, failures: 0, errors: cases.length, skipped: 0, time: '0' })}>\n${cases.join('\n')}\n  </testsuite>\n`);
  }
  for (let r = 0; r < rules.length; r++) {
    const ruleId = rules[r].meta.id;
    const attrs = xmlAttributes({ name: ruleId, tests: objects.length, failures: counts[r].failed, errors: 0, skipped: counts[r].skipped, time: '0' });
    if (!objects.length) {
      buffer.add(`  <testsuite${attrs}/>\n`);
      continue;
    }
    if (buffer.add(`  <testsuite${attrs}>\n`)) yield buffer.take();
    const classname = escapeXml(ruleId);
    const byObject = byRule.get(ruleId);
    for (let o = 0; o < objects.length; o++) {
      const caseAttrs = before[o] + classname + after[o];
      const findings = byObject?.get(keys[o]);
      if (buffer.add((findings ? testCaseXml(caseAttrs, caseFindings(findings, run.failOn)) : `    <testcase${caseAttrs}/>`) + '\n')) yield buffer.take();
    }
    buffer.add('  </testsuite>\n');
  }
  buffer.add('</testsuites>\n');
  yield buffer.take();
}
