/**
 * Mutation score across the Stryker JSON reports of the split runs (rules with their own tests;
 * engine and profiles with every engine-level test), overall and per file.
 *   ts-node --project test/tsconfig.json test/mutation/score.ts [file filter]
 * With a filter, lists the surviving mutants of the matching files (line, mutator, replacement);
 * `--skeleton` prints the unexplained ones as entries for the equivalents list instead.
 * Mutants disabled in the source (`// Stryker disable next-line <mutator>: <why it is equivalent>`)
 * are reported by Stryker as ignored and count for neither side. Survivors that cannot be disabled
 * (a disable comment covers every mutant of its type on the line, killable ones too) are listed
 * with their reason in test/mutation/explained-survivors.json: equivalent mutants, and the few that
 * tests kill but Stryker reported as survivors (module-level mutants it does not re-activate per
 * test; results an incremental run re-used), each checked by hand. Entries
 * match by file, source line text, mutator and replacement, so unrelated edits do not break them.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const REPORTS = ['reports/mutation/rules.json', 'reports/mutation/engine.json'];

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number } };
}
interface FileResult {
  readonly source: string;
  readonly mutants: readonly Mutant[];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface Equivalent {
  readonly file: string;
  /** The trimmed source line the mutant is on. */
  readonly line: string;
  readonly mutator: string;
  /** The replacement, whitespace collapsed. */
  readonly replacement: string;
  readonly reason: string;
}

const EQUIVALENTS_FILE = path.join(ROOT, 'test', 'mutation', 'explained-survivors.json');
const equivalents: Equivalent[] = fs.existsSync(EQUIVALENTS_FILE) ? JSON.parse(fs.readFileSync(EQUIVALENTS_FILE, 'utf8')) : [];
const equivalentKey = (file: string, line: string, mutator: string, replacement: string) => JSON.stringify([file, line, mutator, replacement]);
const equivalentReasons = new Map(equivalents.map((e) => [equivalentKey(e.file, e.line, e.mutator, e.replacement), e.reason]));
const usedEquivalents = new Set<string>();

const args = process.argv.slice(2);
const skeleton = args.includes('--skeleton');
const filter = args.find((a) => !a.startsWith('--'));
const files = new Map<string, FileResult>();
const found: string[] = [];
for (const report of REPORTS) {
  const file = path.join(ROOT, report);
  if (!fs.existsSync(file)) continue;
  found.push(report);
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: Record<string, FileResult> };
  for (const [name, result] of Object.entries(parsed.files)) files.set(name, result);
}
if (!found.length) {
  console.error(`No mutation report found (${REPORTS.join(', ')}): run \`npm run mutation\` first.`);
  process.exit(2);
}

let detected = 0;
let undetected = 0;
let ignored = 0;
const rows: Array<{ name: string; detected: number; survivors: Mutant[]; source: string }> = [];
for (const [name, result] of files) {
  const survivors: Mutant[] = [];
  let fileDetected = 0;
  for (const m of result.mutants) {
    if (DETECTED.has(m.status)) fileDetected++;
    else if (UNDETECTED.has(m.status)) survivors.push(m);
    else ignored++;
  }
  detected += fileDetected;
  undetected += survivors.length;
  rows.push({ name, detected: fileDetected, survivors, source: result.source });
}

const normalize = (replacement: string | undefined) => (replacement ?? '').replace(/\s+/g, ' ');
/** The reason a survivor is listed as equivalent, if it is. */
function equivalentReason(file: string, source: string, m: Mutant): string | undefined {
  const line = source.split('\n')[m.location.start.line - 1]?.trim() ?? '';
  const key = equivalentKey(file, line, m.mutatorName, normalize(m.replacement));
  const reason = equivalentReasons.get(key);
  if (reason !== undefined) usedEquivalents.add(key);
  return reason;
}
let listed = 0;
for (const row of rows) for (const m of row.survivors) if (equivalentReason(row.name, row.source, m) !== undefined) listed++;
const pct = (d: number, u: number) => (d + u ? (100 * d) / (d + u) : 100).toFixed(2);
console.log(`reports: ${found.join(', ')}`);
console.log(`mutation score ${pct(detected, undetected)}%: ${detected} detected, ${undetected} undetected (survived or not covered), ${ignored} ignored or static`);
console.log(`undetected: ${listed} explained (${path.relative(ROOT, EQUIVALENTS_FILE)}: equivalent, or checked by hand), ${undetected - listed} unexplained`);
const reported = new Set(rows.map((r) => r.name));
const stale = equivalents.filter((e) => reported.has(e.file) && !usedEquivalents.has(equivalentKey(e.file, e.line, e.mutator, e.replacement)));
if (stale.length) console.log(`${stale.length} explained survivor(s) match no undetected mutant any more (killed, or the line changed): ${stale.map((e) => `${e.file} ${e.mutator} "${e.line.slice(0, 40)}"`).join('; ')}`);
const skeletonEntries: Equivalent[] = [];
rows.sort((a, b) => b.survivors.length - a.survivors.length || a.name.localeCompare(b.name));
for (const row of rows) {
  if (!row.survivors.length || (filter && !row.name.includes(filter))) continue;
  console.log(`${pct(row.detected, row.survivors.length).padStart(6)}%  ${String(row.survivors.length).padStart(3)} undetected  ${row.name}`);
  if (!filter) continue;
  const lines = row.source.split('\n');
  for (const m of row.survivors) {
    const reason = equivalentReason(row.name, row.source, m);
    const line = lines[m.location.start.line - 1]?.trim() ?? '';
    if (skeleton) {
      const key = equivalentKey(row.name, line, m.mutatorName, normalize(m.replacement));
      if (reason === undefined && !skeletonEntries.some((e) => equivalentKey(e.file, e.line, e.mutator, e.replacement) === key)) skeletonEntries.push({ file: row.name, line, mutator: m.mutatorName, replacement: normalize(m.replacement), reason: '' });
      continue;
    }
    const note = reason === undefined ? '' : `  [explained: ${reason}]`;
    console.log(`    L${m.location.start.line} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test covers it)' : ''}: ${line.slice(0, 110)}  →  ${normalize(m.replacement).slice(0, 80)}${note}`);
  }
}
if (skeleton) console.log(JSON.stringify(skeletonEntries, null, 2));
