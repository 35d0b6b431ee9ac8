import { DOMParser, Element } from '@xmldom/xmldom';
import { formatJunit } from '../../src/formatters';
import { escapeXml } from '../../src/formatters/xml';
import { sampleRun } from './sample-run';

/** Parses XML strictly: any warning or error from the parser fails the test. */
function parseXml(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

function elements(parent: { getElementsByTagName(name: string): { length: number; item(i: number): Element | null } }, name: string): Element[] {
  const list = parent.getElementsByTagName(name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

function childElements(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);
}

describe('JUnit formatter', () => {
  test('is well-formed XML with one suite per rule and one case per object', () => {
    const doc = parseXml(formatJunit(sampleRun()));
    const root = doc.documentElement!;
    expect(root.tagName).toBe('testsuites');
    const suites = elements(doc, 'testsuite');
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['pss-privileged', 'image-tag']);
    // Without an explicit object list the objects come from findings: web and agent (clean has none).
    for (const suite of suites) expect(childElements(suite, 'testcase')).toHaveLength(2);
    expect(root.getAttribute('tests')).toBe('4');
    expect(root.getAttribute('failures')).toBe('3');
    expect(root.getAttribute('skipped')).toBe('1');
  });

  test('failures carry the finding; the suppressed one is skipped with its reason; passing objects pass', () => {
    const run = sampleRun();
    const objects = [
      ...run.report.findings.map((f) => ({ resource: f.resource, file: f.file, documentIndex: f.documentIndex })),
      { resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'team', name: 'clean' }, file: 'manifests/app.yaml', documentIndex: 2 },
    ];
    const doc = parseXml(formatJunit({ ...run, objects }));
    const [priv] = elements(doc, 'testsuite');
    const cases = childElements(priv, 'testcase');
    expect(cases.map((c) => c.getAttribute('name'))).toEqual([
      'Pod team/web (manifests/app.yaml)',
      'Deployment ops/agent (manifests/app.yaml #2)',
      'Pod team/clean (manifests/app.yaml #3)',
    ]);
    expect(cases.map((c) => c.getAttribute('classname'))).toEqual(['pss-privileged', 'pss-privileged', 'pss-privileged']);
    const failure = childElements(cases[0], 'failure')[0];
    expect(failure.getAttribute('message')).toBe('container "app" sets securityContext.privileged=true');
    expect(failure.textContent).toContain('manifests/app.yaml:11:9');
    expect(childElements(cases[1], 'skipped')[0].getAttribute('message')).toBe('suppressed: Node agent needs host devices (SEC-1); declared at annotation');
    expect(cases[2].childNodes.length).toBe(0);
    expect(priv.getAttribute('tests')).toBe('3');
    expect(priv.getAttribute('failures')).toBe('1');
  });

  test('special characters survive a round trip; characters XML cannot carry are replaced', () => {
    const doc = parseXml(formatJunit(sampleRun()));
    const imageSuite = elements(doc, 'testsuite')[1];
    const failure = childElements(childElements(imageSuite, 'testcase')[0], 'failure')[0];
    expect(failure.getAttribute('message')).toBe('container "app" uses image "evil|<&>"\'\\u0007:latest" with the mutable tag latest');
    expect(escapeXml('a\u0000b\uD800c\n')).toBe('a\\u0000b\\ud800c&#10;');
  });

  test('fail-on decides what fails: with never, findings are reported in system-out and nothing fails', () => {
    const doc = parseXml(formatJunit(sampleRun({ failOn: 'never' })));
    expect(doc.documentElement!.getAttribute('failures')).toBe('0');
    expect(elements(doc, 'failure')).toHaveLength(0);
    const out = elements(doc, 'system-out').map((e) => e.textContent);
    expect(out).toContainEqual(expect.stringContaining('error: [pss-privileged] Pod team/web'));
  });

  test('input errors form an input suite with error cases', () => {
    const doc = parseXml(formatJunit(sampleRun({ withErrors: true })));
    const input = elements(doc, 'testsuite')[0];
    expect(input.getAttribute('name')).toBe('input');
    expect(input.getAttribute('errors')).toBe('1');
    const error = elements(input, 'error')[0];
    expect(elements(input, 'testcase')[0].getAttribute('name')).toBe('manifests/broken.yaml:4');
    expect(error.getAttribute('type')).toBe('input-error');
    expect(error.textContent).toBe('manifests/broken.yaml:4:3: Nested mappings are not allowed in compact mappings');
    expect(doc.documentElement!.getAttribute('errors')).toBe('1');
  });
});
