/**
 * Benchmarks: synth overhead of guardrails, CLI throughput against parse-only, scaling, peak RSS.
 * Every measurement runs in its own process; variants alternate so machine noise hits both alike,
 * and time ratios are given three ways: of the medians, of the fastest runs, and paired (the median
 * of the ratios of runs made back to back, with its 95% confidence interval from 6 repetitions on).
 *   npm run bench                 full run (N = 1,000 and 5,000; 10,000-object CLI file)
 *   npm run bench -- --quick      small sizes, one repetition (CI proves it works)
 *   --out <file>                  where to write the figures as JSON (default: test/bench/results.json;
 *                                 quick or --only: none)
 *   --reps <n>                    repetitions per variant, medians kept (default 3; quick: 1)
 *   --only <synth|cli>            one part only, e.g. many repetitions of synthesis for a tight interval
 *   --node-flags "<flags>"        Node options for every measured process, both sides alike
 *                                 (e.g. "--v8-pool-size=1": how V8's background threads share the cores)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { workloadYaml } from './bench-app';
import { median, medianInterval } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);

/** Bad arguments: say which and stop, without a stack trace. */
function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
if (onlyIndex >= 0 && only !== 'synth' && only !== 'cli') fail(`--only takes "synth" or "cli", got "${only ?? ''}"`);
const outIndex = args.indexOf('--out');
// A partial run never replaces the figures of the latest full run, which the README quotes.
const outFile = outIndex >= 0 ? args[outIndex + 1] : quick || only ? undefined : path.join(ROOT, 'test', 'bench', 'results.json');
const repsIndex = args.indexOf('--reps');
/** Repetitions per variant (medians are kept): more of them steady the figures on a busy machine. */
const reps = quick ? 1 : repsIndex >= 0 ? Number(args[repsIndex + 1]) : 3;
if (!Number.isInteger(reps) || reps < 1) fail(`--reps takes a whole number of at least 1, got "${args[repsIndex + 1]}"`);
const nodeFlagsIndex = args.indexOf('--node-flags');
const nodeFlags = nodeFlagsIndex >= 0 ? (args[nodeFlagsIndex + 1] ?? '').split(/\s+/).filter((f) => f) : [];
if (nodeFlagsIndex >= 0 && (!nodeFlags.length || nodeFlags.some((f) => !f.startsWith('--')))) {
  fail(`--node-flags takes Node options in one argument, each starting with "--" (e.g. --node-flags "--v8-pool-size=1"), got "${args[nodeFlagsIndex + 1] ?? ''}"`);
}

interface Sample {
  readonly ms: number;
  /** CPU time (user + system) of the measured part: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly maxRssBytes: number;
  /** Fastest and slowest wall time of the repetitions: how noisy the machine was. */
  readonly msRange?: readonly [number, number];
  /** Wall time of each repetition, in order (see pairedRatio). */
  readonly runsMs?: readonly number[];
}

/**
 * The median of the ratios of runs made back to back (one per repetition): a host that slows down
 * for minutes slows both runs of a pair, where the ratio of medians can pair a slow minute of one
 * variant with a quiet one of the other.
 */
function pairedRatio(variant: Sample, baseline: Sample): number {
  return median(pairedRatios(variant, baseline));
}

function pairedRatios(variant: Sample, baseline: Sample): number[] {
  const runs = variant.runsMs ?? [variant.ms];
  const base = baseline.runsMs ?? [baseline.ms];
  return runs.map((ms, r) => ms / base[r]);
}

/** The paired ratio's 95% confidence interval (distribution-free), and its text for the table. */
function pairedInterval(variant: Sample, baseline: Sample): { interval?: readonly [number, number]; text: string } {
  const interval = medianInterval(pairedRatios(variant, baseline));
  return { interval, text: interval ? `${interval[0].toFixed(3)}–${interval[1].toFixed(3)}` : 'n/a' };
}

/**
 * The fastest repetition: noise from other processes only ever adds time, so on a shared machine
 * the ratio of the fastest runs is the steadier estimate (the median ratio is reported beside it).
 */
function bestOf(sample: Sample): number {
  return sample.msRange?.[0] ?? sample.ms;
}

function runNode(nodeArgs: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; wallMs: number; status: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeFlags, ...nodeArgs], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`benchmark process failed (${nodeArgs.join(' ')}): ${r.stderr}`);
  return { stdout: r.stdout, wallMs, status: r.status };
}

function worker(...workerArgs: string[]): Sample {
  const { stdout } = runNode(['-r', 'ts-node/register/transpile-only', 'test/bench/worker.ts', ...workerArgs], { TS_NODE_PROJECT: 'test/tsconfig.json' });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

/** Runs the variants alternately `reps` times (order flipped every repetition) and keeps medians. */
function alternate(variants: Record<string, () => Sample>): Record<string, Sample> {
  const names = Object.keys(variants);
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < reps; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) samples[name].push(variants[name]());
  }
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        ms: median(samples[n].map((s) => s.ms)),
        cpuMs: median(samples[n].map((s) => s.cpuMs)),
        maxRssBytes: median(samples[n].map((s) => s.maxRssBytes)),
        msRange: [Math.min(...samples[n].map((s) => s.ms)), Math.max(...samples[n].map((s) => s.ms))],
        runsMs: samples[n].map((s) => s.ms),
      },
    ]),
  );
}


/** Runs a node script with arguments; returns wall time and the peak RSS and CPU time the script recorded. */
function timedScript(script: string, scriptArgs: string[], rssFile: string): Sample {
  const r = runNode([script, ...scriptArgs]);
  if (r.status !== 0) throw new Error(`benchmark script ${script} failed`);
  const [rssKiB, cpuMicros] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
  return { ms: r.wallMs, cpuMs: cpuMicros / 1000, maxRssBytes: rssKiB * 1024 };
}

/** What the measured scripts write when they exit: peak RSS (KiB) and CPU time (µs) of the whole process. */
const USAGE = 'const u = process.resourceUsage(); return `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`;';

/** Whole-process wall time for both sides, so both pay node start-up and file reading. */
function cliVsParse(files: readonly string[], tmp: string): Record<string, Sample> {
  const cli = path.join(ROOT, 'lib', 'cli', 'main.js');
  if (!fs.existsSync(cli)) throw new Error('lib/cli/main.js is missing: run `npx projen compile` first.');
  const rssFile = path.join(tmp, 'rss');
  const parseScript = path.join(tmp, 'parse-only.js');
  fs.writeFileSync(
    parseScript,
    `const fs = require('fs'); const { parseAllDocuments } = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'yaml'))});
const [rssFile, ...files] = process.argv.slice(2);
let n = 0; for (const file of files) for (const d of parseAllDocuments(fs.readFileSync(file, 'utf8'))) if (d.toJS()) n++;
fs.writeFileSync(rssFile, (() => { ${USAGE} })());`,
  );
  // Runs the real CLI in this process so its peak RSS can be read when it exits.
  const checkScript = path.join(tmp, 'check.js');
  fs.writeFileSync(
    checkScript,
    `const [rssFile, ...files] = process.argv.slice(2);
process.on('exit', () => require('fs').writeFileSync(rssFile, (() => { ${USAGE} })()));
process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'check', '--format', 'json', '--fail-on', 'never', '--output', '/dev/null', ...files];
require(${JSON.stringify(cli)});`,
  );
  return alternate({
    'parse-only': () => timedScript(parseScript, [rssFile, ...files], rssFile),
    'check --format json': () => timedScript(checkScript, [rssFile, ...files], rssFile),
  });
}

const mb = (b: number) => (b / 1048576).toFixed(0) + ' MiB';
const rows: string[][] = [];
/** Records a table row and shows it at once (on stderr), so a long run reports as it goes. */
function addRow(cells: string[]): void {
  rows.push(cells);
  process.stderr.write(cells.filter((c) => c).join('  ') + '\n');
}
const results: Record<string, unknown> = {};

// 1. Synth overhead, one chart and ten charts: the default, and `parallel: true` (rules in a worker thread).
for (const n of only === 'cli' ? [] : quick ? [200] : [1000, 5000]) {
  for (const charts of [1, 10]) {
    const synth = (variant: string) => () => worker('synth', variant, String(n), String(charts));
    const r = alternate({ 'plain': synth('plain'), 'guardrails': synth('guardrails'), 'guardrails-parallel': synth('guardrails-parallel') });
    const figures: Record<string, unknown> = { plain: r.plain };
    for (const variant of ['guardrails', 'guardrails-parallel']) {
      const ratio = r[variant].ms / r.plain.ms;
      const cpuRatio = r[variant].cpuMs / r.plain.cpuMs;
      const rssRatio = r[variant].maxRssBytes / r.plain.maxRssBytes;
      const bestRatio = bestOf(r[variant]) / bestOf(r.plain);
      const paired = pairedRatio(r[variant], r.plain);
      const { interval, text } = pairedInterval(r[variant], r.plain);
      figures[variant] = { ...r[variant], timeRatio: ratio, bestTimeRatio: bestRatio, pairedTimeRatio: paired, pairedTimeRatioInterval95: interval, cpuRatio, rssRatio };
      const label = variant === 'guardrails' ? '' : ', parallel: true';
      addRow([`synth ${n} Deployments+Services, ${charts} chart(s)${label}`, `${r.plain.ms.toFixed(0)} ms`, `${r[variant].ms.toFixed(0)} ms`, ratio.toFixed(3), bestRatio.toFixed(3), paired.toFixed(3), text, cpuRatio.toFixed(3), `${mb(r.plain.maxRssBytes)} → ${mb(r[variant].maxRssBytes)} (${rssRatio.toFixed(2)}×)`]);
    }
    results[`synth N=${n} charts=${charts}`] = figures;
  }
}

// 2 + 3. CLI against parse-only, at 1×, 2×, 4×. Larger sizes are split into files of `base`
// workloads each: the CLI refuses single files above its size limit (MAX_FILE_BYTES).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-bench-'));
// The CLI files of a full run take ~50 MB: gone when the run ends, however it ends.
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const base = quick ? 1000 : 10000;
const perObject: number[] = [];
for (const factor of only === 'synth' ? [] : [1, 2, 4]) {
  const count = base * factor;
  const files = Array.from({ length: factor }, (_, part) => {
    const file = path.join(tmp, `workloads-${count}-${part + 1}.yaml`);
    fs.writeFileSync(file, workloadYaml(base, part * base));
    return file;
  });
  const r = cliVsParse(files, tmp);
  const ratio = r['check --format json'].ms / r['parse-only'].ms;
  const cpuRatio = r['check --format json'].cpuMs / r['parse-only'].cpuMs;
  perObject.push(r['check --format json'].ms / count);
  const bestRatio = bestOf(r['check --format json']) / bestOf(r['parse-only']);
  const paired = pairedRatio(r['check --format json'], r['parse-only']);
  const { interval, text } = pairedInterval(r['check --format json'], r['parse-only']);
  results[`cli ${count} objects`] = { parseOnly: r['parse-only'], check: r['check --format json'], timeRatio: ratio, bestTimeRatio: bestRatio, pairedTimeRatio: paired, pairedTimeRatioInterval95: interval, cpuRatio, msPerObject: perObject[perObject.length - 1] };
  addRow([`CLI ${count} workloads (${factor}×)`, `${r['parse-only'].ms.toFixed(0)} ms parse`, `${r['check --format json'].ms.toFixed(0)} ms check`, ratio.toFixed(3), bestRatio.toFixed(3), paired.toFixed(3), text, cpuRatio.toFixed(3), `${mb(r['parse-only'].maxRssBytes)} → ${mb(r['check --format json'].maxRssBytes)}`]);
}
if (perObject.length) {
  const growth = perObject[2] / perObject[0];
  results.cliScaling = { msPerObject: perObject, growth1xTo4x: growth };
  addRow(['CLI time per object, 1× → 4×', `${perObject[0].toFixed(3)} ms`, `${perObject[2].toFixed(3)} ms`, growth.toFixed(3), '', '', '', '', '']);
}

const header = ['measurement', 'baseline', 'with guardrails', 'ratio', 'best-of ratio', 'paired ratio', 'paired 95% CI', 'CPU ratio', 'peak RSS'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString(), quick, reps, nodeFlags, ...(only ? { only } : {}) };
if (outFile) {
  fs.writeFileSync(outFile, JSON.stringify({ machine, results }, null, 2) + '\n');
  console.log(`figures written to ${path.relative(process.cwd(), outFile)}`);
}
