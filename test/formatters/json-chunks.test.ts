import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Finding } from '../../src/engine/types';
import { formatJson, jsonChunks, toJsonReport, writeRunFile } from '../../src/formatters';
import { CheckRun } from '../../src/formatters/run';
import { sampleRun } from './sample-run';

/** The sample run with its findings repeated to `count`, messages varied with text JSON must escape. */
function runWith(count: number, options: { withErrors?: boolean } = {}): CheckRun {
  const base = sampleRun({ withErrors: options.withErrors });
  const findings: Finding[] = Array.from({ length: count }, (_, i) => {
    const f = base.report.findings[i % base.report.findings.length];
    return { ...f, message: `${f.message} #${i} \n  "findings": [] "quoted" \u2028 ünïcode \u{1F600}` };
  });
  return { ...base, report: { ...base.report, findings } };
}

const whole = (run: CheckRun) => JSON.stringify(toJsonReport(run), null, 2) + '\n';

describe('JSON report in pieces', () => {
  test.each([0, 1, 99, 100, 101, 2500])('%i findings: the pieces join to exactly the JSON.stringify text', (count) => {
    const run = runWith(count, { withErrors: true });
    expect([...jsonChunks(run)].join('')).toBe(whole(run));
    expect(formatJson(run)).toBe(whole(run));
  });

  test('a large report comes as a frame and one piece per 100 findings, none holding the whole text', () => {
    const run = runWith(2550);
    const chunks = [...jsonChunks(run)];
    // head, 26 batches (25 of 100, one of 50), tail
    expect(chunks).toHaveLength(28);
    expect(chunks[0].endsWith('"findings": [\n')).toBe(true);
    expect(chunks[27].startsWith('\n  ]')).toBe(true);
    expect(chunks.slice(1, 27).map((c) => JSON.parse(`[${c.replace(/^,\n/, '')}]`).length)).toEqual([...Array(25).fill(100), 50]);
    expect(JSON.parse(`[${chunks.slice(1, 27).join('')}]`)).toHaveLength(2550);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole(run).length / 2);
  });
});

describe('writeRunFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-write-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes the same bytes as the formatter gives, for JSON and the one-piece formats', () => {
    const run = runWith(1500);
    writeRunFile(path.join(dir, 'r.json'), run, 'json');
    expect(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe(whole(run));
    writeRunFile(path.join(dir, 'r.txt'), run, 'text');
    expect(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8')).toContain('#1499');
  });

  test('a report that fails half-way leaves no partial file behind', () => {
    const run = runWith(1500);
    // A value JSON.stringify refuses, in the second piece: the first piece is already on disk by then.
    (run.report.findings[1200] as unknown as Record<string, unknown>).extra = BigInt(1);
    const file = path.join(dir, 'r.json');
    expect(() => writeRunFile(file, run, 'json')).toThrow(/BigInt/);
    expect(fs.existsSync(file)).toBe(false);
  });

  test('a device that fails the write is reported and left in place', () => {
    if (!fs.existsSync('/dev/full')) return; // Linux only
    expect(() => writeRunFile('/dev/full', runWith(10), 'json')).toThrow(/ENOSPC/);
    expect(fs.statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
