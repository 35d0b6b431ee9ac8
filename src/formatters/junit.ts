import { Finding, meetsThreshold } from '../engine/types';
import { describeResource, formatFindingLine } from './finding-line';
import { CheckedObject, CheckRun, describeInputError, findingObjectKey, objectsOfRun, rulesOfRun } from './run';
import { TOOL_NAME } from './tool-info';
import { escapeXml, xmlAttributes } from './xml';

function objectName(o: CheckedObject): string {
  const label = describeResource(o);
  const where = o.file ?? o.constructPath;
  return where !== undefined ? `${label} (${where}${o.file !== undefined && o.documentIndex ? ` #${o.documentIndex + 1}` : ''})` : label;
}

interface Case {
  readonly xml: string;
  readonly failed: boolean;
  readonly skipped: boolean;
}

function testCase(ruleId: string, object: CheckedObject, findings: readonly Finding[], run: CheckRun): Case {
  const blocking = findings.filter((f) => !f.suppressed && meetsThreshold(f.severity, run.failOn));
  const suppressed = findings.filter((f) => f.suppressed);
  const other = findings.filter((f) => !f.suppressed && !meetsThreshold(f.severity, run.failOn));
  const attrs = xmlAttributes({ name: objectName(object), classname: ruleId, file: object.file, time: '0' });
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
  const xml = body.length ? `    <testcase${attrs}>\n${body.join('\n')}\n    </testcase>` : `    <testcase${attrs}/>`;
  return { xml, failed: blocking.length > 0, skipped: !blocking.length && suppressed.length > 0 && !other.length };
}

/**
 * JUnit XML as GitLab, Jenkins and most CI systems read it: one `<testsuite>` per rule, one
 * `<testcase>` per object checked by that rule, a `<failure>` when the object has an unsuppressed
 * finding at or above fail-on, `<skipped>` when its findings are all suppressed. Input errors form
 * an `input` suite with `<error>` cases, so a broken file fails the CI job visibly.
 */
export function formatJunit(run: CheckRun): string {
  const objects = objectsOfRun(run);
  const byRuleAndObject = new Map<string, Finding[]>();
  for (const f of run.report.findings) {
    const key = `${f.ruleId}\u0000${findingObjectKey(f)}`;
    byRuleAndObject.set(key, [...(byRuleAndObject.get(key) ?? []), f]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  if (run.errors.length) {
    const cases = run.errors.map(
      (e) =>
        `    <testcase${xmlAttributes({ name: e.line !== undefined ? `${e.file}:${e.line}` : e.file, classname: 'input', file: e.file, time: '0' })}>\n      <error${xmlAttributes({ message: e.message, type: 'input-error' })}>${escapeXml(describeInputError(e))}</error>\n    </testcase>`,
    );
    suites.push(`  <testsuite${xmlAttributes({ name: 'input', tests: cases.length, failures: 0, errors: cases.length, skipped: 0, time: '0' })}>\n${cases.join('\n')}\n  </testsuite>`);
    tests += cases.length;
  }
  for (const rule of rulesOfRun(run)) {
    const cases = objects.map((o) => testCase(rule.meta.id, o, byRuleAndObject.get(`${rule.meta.id}\u0000${findingObjectKey(o)}`) ?? [], run));
    const f = cases.filter((c) => c.failed).length;
    const s = cases.filter((c) => c.skipped).length;
    tests += cases.length;
    failures += f;
    skipped += s;
    const attrs = xmlAttributes({ name: rule.meta.id, tests: cases.length, failures: f, errors: 0, skipped: s, time: '0' });
    suites.push(cases.length ? `  <testsuite${attrs}>\n${cases.map((c) => c.xml).join('\n')}\n  </testsuite>` : `  <testsuite${attrs}/>`);
  }
  const rootAttrs = xmlAttributes({
    name: `${TOOL_NAME} (${run.report.profile}, Kubernetes ${run.report.kubernetesVersion}, fail on ${run.failOn})`,
    tests,
    failures,
    errors: run.errors.length,
    skipped,
    time: '0',
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${rootAttrs}>\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
