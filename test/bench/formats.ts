/**
 * The CLI's report formats on one large input: `check --format <f>` for every format against
 * parsing the same file alone, wall time and peak RSS, each run in a process of its own, the
 * variants in turns (order reversed every repetition). Prints medians and paired ratios.
 *   npm run bench:formats [-- --reps <n>] [--workloads <n>] [--compare <dir>] [--quick]
 *   --workloads <n>   Deployments in the file (default 10,000: ~170,000 findings; quick: 300)
 *   --compare <dir>   also runs the CLI of another build (<dir>/lib/cli/main.js), e.g. the commit
 *                     before a change, in the same turns: the ratio of the two is the change
 *   --reps <n>        repetitions per variant (default 3; quick: 1)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { workloadYaml } from './bench-app';
import { median } from './stats';
import { REPORT_FORMATS } from '../../src/formatters';

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);

function fail(message: string): never {
  process.stderr.write(`bench:formats: ${message}\n`);
  process.exit(2);
}

function option(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function wholeNumber(name: string, fallback: number): number {
  const text = option(name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} takes a whole number of at least 1, got "${text}"`);
  return n;
}

const quick = args.includes('--quick');
const reps = wholeNumber('--reps', quick ? 1 : 3);
const workloads = wholeNumber('--workloads', quick ? 300 : 10_000);
const compareDir = option('--compare');
const builds: Array<[string, string]> = [['', path.join(ROOT, 'lib', 'cli', 'main.js')]];
if (compareDir !== undefined) builds.push(['compared ', path.join(path.resolve(compareDir), 'lib', 'cli', 'main.js')]);
for (const [, cli] of builds) if (!fs.existsSync(cli)) fail(`${cli} is missing: run \`npx projen compile\` (in that checkout) first`);

interface Run {
  readonly ms: number;
  readonly rssMiB: number;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-formats-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'workloads.yaml');
fs.writeFileSync(file, workloadYaml(workloads));
const usageFile = path.join(tmp, 'usage');
/** Each measured script writes its peak RSS (KiB) when it exits. */
const WRITE_USAGE = `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(usageFile)}, String(process.resourceUsage().maxRSS)));`;

function script(name: string, body: string): string {
  const target = path.join(tmp, name);
  fs.writeFileSync(target, `${WRITE_USAGE}\n${body}\n`);
  return target;
}

const variants: Array<[string, string]> = [
  [
    'parse only',
    script('parse.js', `const { parseAllDocuments } = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'yaml'))});
let n = 0; for (const d of parseAllDocuments(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))) if (d.toJS()) n++;`),
  ],
];
for (const [label, cli] of builds) {
  for (const format of REPORT_FORMATS) {
    const argv = [cli, 'check', '--format', format, '--fail-on', 'never', '--output', path.join(tmp, 'report'), file];
    variants.push([`${label}${format}`, script(`${label.trim() || 'this'}-${format}.js`, `process.argv = [process.argv[0], ...${JSON.stringify(argv)}];\nrequire(${JSON.stringify(cli)});`)]);
  }
}

function measure(target: string): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [target], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) fail(`${path.basename(target)} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ms, rssMiB: Number(fs.readFileSync(usageFile, 'utf8')) / 1024 };
}

const runs = new Map<string, Run[]>(variants.map(([name]) => [name, []]));
process.stderr.write(`${workloads} workloads, ${reps} repetition(s) of ${variants.length} variants\n`);
for (let r = 0; r < reps; r++) {
  for (const [name, target] of r % 2 ? [...variants].reverse() : variants) runs.get(name)!.push(measure(target));
}

/** The median of the ratios of the runs of two variants made in the same turn. */
function paired(name: string, baseline: string): number {
  const base = runs.get(baseline)!;
  return median(runs.get(name)!.map((run, r) => run.ms / base[r].ms));
}

const rows = [['variant', 'time', '× parse only', '× json', 'peak RSS', 'RSS × json']];
for (const [name] of variants) {
  const own = runs.get(name)!;
  const json = name.startsWith('compared ') ? 'compared json' : 'json';
  const rss = median(own.map((run) => run.rssMiB));
  rows.push([
    name,
    `${(median(own.map((run) => run.ms)) / 1000).toFixed(2)} s`,
    name === 'parse only' ? '' : paired(name, 'parse only').toFixed(2),
    name === 'parse only' ? '' : paired(name, json).toFixed(2),
    `${rss.toFixed(0)} MiB`,
    name === 'parse only' ? '' : (rss / median(runs.get(json)!.map((run) => run.rssMiB))).toFixed(2),
  ]);
}
if (compareDir !== undefined) {
  rows.push(['', '', '', '', '', '']);
  for (const format of REPORT_FORMATS) {
    const rss = (name: string) => median(runs.get(name)!.map((run) => run.rssMiB));
    rows.push([`${format}: this build ÷ compared`, paired(format, `compared ${format}`).toFixed(2), '', '', (rss(format) / rss(`compared ${format}`)).toFixed(2), '']);
  }
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) console.log(row.map((cell, c) => (c ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
