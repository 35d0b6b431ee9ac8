/**
 * Mutation score across the Stryker JSON reports of the split runs (rules with their own tests;
 * engine and profiles with every engine-level test), overall and per file.
 *   ts-node --project test/tsconfig.json test/mutation/score.ts [file filter]
 * With a filter, lists the surviving mutants of the matching files (line, mutator, replacement).
 * Mutants disabled in the source (`// Stryker disable next-line <mutator>: <why it is equivalent>`)
 * are reported by Stryker as ignored and count for neither side.
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

const filter = process.argv[2];
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
const pct = (d: number, u: number) => (d + u ? (100 * d) / (d + u) : 100).toFixed(2);
console.log(`reports: ${found.join(', ')}`);
console.log(`mutation score ${pct(detected, undetected)}%: ${detected} detected, ${undetected} undetected (survived or not covered), ${ignored} ignored or static`);
rows.sort((a, b) => b.survivors.length - a.survivors.length || a.name.localeCompare(b.name));
for (const row of rows) {
  if (!row.survivors.length || (filter && !row.name.includes(filter))) continue;
  console.log(`${pct(row.detected, row.survivors.length).padStart(6)}%  ${String(row.survivors.length).padStart(3)} undetected  ${row.name}`);
  if (!filter) continue;
  const lines = row.source.split('\n');
  for (const m of row.survivors) {
    const line = lines[m.location.start.line - 1]?.trim().slice(0, 110);
    console.log(`    L${m.location.start.line} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test covers it)' : ''}: ${line}  →  ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
  }
}
