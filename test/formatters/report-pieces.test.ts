import { DOMParser, Element } from '@xmldom/xmldom';
import { Finding } from '../../src/engine/types';
import { formatRun, renderRun, REPORT_FORMATS, toSarif } from '../../src/formatters';
import { JsonArrayDocument, jsonWithArrayInPieces, linesInPieces, PIECE_CHARS } from '../../src/formatters/pieces';
import { CheckRun } from '../../src/formatters/run';
import { sampleRun } from './sample-run';

/**
 * The sample run's findings repeated `count` times over `count / 3` objects, every third one
 * suppressed, with text each format must escape: large enough for every format to come in pieces.
 */
function largeRun(count: number, options: { withErrors?: boolean } = {}): CheckRun {
  const base = sampleRun({ withErrors: options.withErrors, failOn: 'warning' });
  const findings: Finding[] = Array.from({ length: count }, (_, i) => {
    const f = base.report.findings[i % base.report.findings.length];
    const object = Math.floor(i / 3);
    return {
      ...f,
      resource: { ...f.resource, name: `${f.resource.name}-${object}` },
      documentIndex: object,
      message: `${f.message} #${i} <&> "q" | \n  "results": [] ünïcode \u{1F600}`,
      ...(i % 3 === 1 ? { suppressed: { reason: `reason ${i} <x>`, source: 'annotation' } } : { suppressed: undefined }),
    };
  });
  return { ...base, report: { ...base.report, findings } };
}

describe('reports in pieces', () => {
  test.each(REPORT_FORMATS)('%s: the pieces join to the report text, and none holds much more than a piece', (format) => {
    const run = largeRun(3000, { withErrors: true });
    const pieces = [...renderRun(run, format, { color: format === 'text' })];
    const text = formatRun(run, format, { color: format === 'text' });
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    // SARIF's first piece holds the rule descriptions, which are not findings; every other piece is about one piece's worth.
    const bounded = format === 'sarif' ? pieces.slice(1) : pieces;
    expect(Math.max(...bounded.map((p) => p.length))).toBeLessThan(2 * PIECE_CHARS);
    expect(text.length).toBeGreaterThan(10 * PIECE_CHARS);
  });

  test('SARIF in pieces is exactly JSON.stringify of the SARIF log, at every batch boundary', () => {
    for (const count of [0, 1, 99, 100, 101, 250]) {
      const run = largeRun(count);
      expect([...renderRun(run, 'sarif')].join('')).toBe(JSON.stringify(toSarif(run), null, 2) + '\n');
    }
  });

  test('JUnit counts in the opening tags agree with the cases written after them', () => {
    const run = largeRun(900, { withErrors: true });
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(formatRun(run, 'junit'), 'text/xml');
    expect(problems).toEqual([]);
    const children = (parent: Element, name: string) =>
      Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);
    const root = doc.documentElement!;
    const suites = children(root, 'testsuite');
    let tests = 0;
    let failures = 0;
    let skipped = 0;
    for (const suite of suites) {
      const cases = children(suite, 'testcase');
      const failed = cases.filter((c) => children(c, 'failure').length).length;
      const skips = cases.filter((c) => children(c, 'skipped').length).length;
      expect(Number(suite.getAttribute('tests'))).toBe(cases.length);
      if (suite.getAttribute('name') !== 'input') {
        expect(Number(suite.getAttribute('failures'))).toBe(failed);
        expect(Number(suite.getAttribute('skipped'))).toBe(skips);
      }
      tests += cases.length;
      failures += failed;
      skipped += skips;
    }
    // 600 objects (the sample's findings are about two objects, each repeated 300 times) × 2 rules, plus the input error.
    expect(tests).toBe(1201);
    expect(failures).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(0);
    expect(Number(root.getAttribute('tests'))).toBe(tests);
    expect(Number(root.getAttribute('failures'))).toBe(failures);
    expect(Number(root.getAttribute('skipped'))).toBe(skipped);
    expect(Number(root.getAttribute('errors'))).toBe(1);
  });

  test('an unknown format fails when asked for, not when the first piece is read', () => {
    expect(() => renderRun(largeRun(1), 'yaml' as never)).toThrow('Unknown report format "yaml". Valid formats: text, json, sarif, junit, markdown.');
  });
});

describe('linesInPieces', () => {
  test.each([[[]], [['']], [['a']], [['a', '', 'b']]])('%j joins like lines.join("\\n") + "\\n"', (lines: string[]) => {
    expect([...linesInPieces(lines)].join('')).toBe(lines.join('\n') + '\n');
  });

  test('starts a new piece once a piece has PIECE_CHARS characters, never splitting a line', () => {
    const line = 'x'.repeat(999);
    const pieces = [...linesInPieces(Array(200).fill(line))];
    // 1,000 characters a line with its newline: a piece is full after 66 lines.
    const linesPerPiece = Math.ceil(PIECE_CHARS / 1000);
    expect(pieces.map((p) => p.length)).toEqual([...Array(3).fill(linesPerPiece * 1000), (200 - 3 * linesPerPiece) * 1000]);
    for (const p of pieces) expect(p.split('\n').slice(0, -1).every((l) => l === line)).toBe(true);
  });
});

describe('jsonWithArrayInPieces', () => {
  const nested = (items: readonly unknown[]) => ({ a: 1, deep: { list: items, after: 'x' }, tail: [1, 2] });

  /** The pieces of `document(whole)`, its `list` at depth 2 spliced in from `items`, `perPiece` at a time. */
  const splicedList = (
    document: (items: readonly unknown[]) => unknown,
    spliced: Pick<JsonArrayDocument, 'wrap' | 'count' | 'items' | 'perPiece'>,
    whole: readonly unknown[],
  ) => [...jsonWithArrayInPieces({ frame: document([]), key: 'list', depth: 2, ...spliced, whole: () => document(whole) })];

  test.each([0, 1, 2, 3, 7])('%i items, 2 per piece: the text of JSON.stringify(document, null, 2) + "\\n"', (count) => {
    const items = Array.from({ length: count }, (_, i) => ({ i, text: `item ${i}\n  "list": []`, nested: [{ k: i }] }));
    const pieces = splicedList(nested, { wrap: (batch) => ({ deep: { list: batch } }), count, items: (from, to) => items.slice(from, to), perPiece: 2 }, items);
    expect(pieces.join('')).toBe(JSON.stringify(nested(items), null, 2) + '\n');
    expect(pieces).toHaveLength(count ? 2 + Math.ceil(count / 2) : 1);
  });

  test('makes each batch of items only when its piece is read', () => {
    const asked: number[] = [];
    const pieces = jsonWithArrayInPieces({
      frame: { list: [] },
      key: 'list',
      depth: 1,
      wrap: (batch) => ({ list: batch }),
      count: 5,
      items: (from, to) => {
        asked.push(from);
        return Array.from({ length: to - from }, (_, i) => from + i);
      },
      perPiece: 2,
      whole: () => ({ list: [0, 1, 2, 3, 4] }),
    });
    pieces.next();
    pieces.next();
    expect(asked).toEqual([0]);
    expect([...pieces].length).toBe(3);
    expect(asked).toEqual([0, 2, 4]);
  });

  test('a key that appears twice at that depth is not spliced: the whole document is written', () => {
    const document = (items: readonly unknown[]) => ({ one: { list: items }, two: { list: [] } });
    const notCalled = () => {
      throw new Error('not called');
    };
    const text = splicedList(document, { wrap: (batch) => ({ one: { list: batch } }), count: 3, items: notCalled, perPiece: 1 }, [1, 2, 3]).join('');
    expect(text).toBe(JSON.stringify(document([1, 2, 3]), null, 2) + '\n');
  });
});
