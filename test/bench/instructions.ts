/**
 * Counts the CPU instructions guardrails spend on the bench app (analysis and evaluation of N
 * cdk8s-plus Deployments + Services under `recommended`), with callgrind: a figure that does not move
 * with machine noise, to compare engine changes where wall time varies by ±15% between runs.
 *   npm run bench:instructions                          the compiled package (lib/), N = 5,000
 *   npm run bench:instructions -- --compare <dir>       also a second build (`npx tsc --outDir <dir>` of
 *                                                       another commit), and the ratio
 *   --n <count>                                         Deployments (each with a Service)
 * Node runs single-threaded and without its optimizing compiler (`--single-threaded --no-opt`): a
 * synthesis checks each object once, before V8 optimizes the rules, so the first pass runs at that
 * tier anyway. Hash and random seeds are fixed and the young generation is made large enough that no
 * garbage collection runs in the measured part, so the count repeats exactly: it is the work of the
 * code, without the collector (whose share depends on when a collection happens to fall; measure
 * that with `--trace-gc`).
 * Needs valgrind (Debian: `apt-get install valgrind`); one count takes a few minutes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeBenchManifests } from './bench-app';

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const n = Number(option('--n') ?? 5000);
if (!Number.isInteger(n) || n < 1) fail(`--n takes a whole number of at least 1, got "${option('--n')}"`);
const libs = [path.join(ROOT, 'lib'), ...(option('--compare') ? [path.resolve(option('--compare')!)] : [])];
for (const lib of libs) {
  if (!fs.existsSync(path.join(lib, 'engine', 'evaluate.js'))) fail(`${lib} holds no compiled package (engine/evaluate.js); build one with \`npx tsc --outDir ${lib}\``);
}
if (spawnSync('valgrind', ['--version']).status !== 0) fail('valgrind is not installed; on Debian: apt-get install valgrind');

/** Loads the package, then analyzes and evaluates the manifests (`check`), or only loads them (`load`). */
const CHILD = `
const [lib, file, variant] = process.argv.slice(1);
const manifests = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const { analyzeAll, Evaluation } = require(lib + '/engine/evaluate');
const { getProfile } = require(lib + '/profiles/registry');
const { parseKubernetesVersion } = require(lib + '/engine/version');
const profile = getProfile('recommended').resolve(parseKubernetesVersion('latest'));
if (variant === 'check') new Evaluation(analyzeAll(manifests.map((manifest) => ({ manifest }))), profile).count();
`;

function fail(message: string): never {
  process.stderr.write(`bench:instructions: ${message}\n`);
  process.exit(2);
}

/**
 * Node options for a count that repeats exactly: no background threads, no optimizing compiler, fixed
 * seeds, and a 256 MiB young generation (the bench app's evaluation allocates ~85 MB), so no
 * collection runs. Without the last three, counts of one build moved by 1–10% between runs.
 */
const DETERMINISTIC_NODE = ['--single-threaded', '--no-opt', '--hash-seed=42', '--random-seed=42', '--min-semi-space-size=256', '--max-semi-space-size=256'];

/** Instructions of one process, all threads. */
function count(lib: string, file: string, variant: 'check' | 'load'): number {
  const out = path.join(path.dirname(file), `callgrind.${process.hrtime.bigint()}`);
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${out}`, '--smc-check=all-non-file', '--dump-instr=no', process.execPath, ...DETERMINISTIC_NODE, '-e', CHILD, lib, file, variant],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) fail(`the measured process failed:\n${r.stderr.split('\n').filter((l) => !l.startsWith('==')).join('\n')}`);
  const summary = /^summary: (\d+)$/m.exec(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  if (!summary) fail(`callgrind wrote no summary to ${out}`);
  return Number(summary[1]);
}

const file = writeBenchManifests(n, 'guardrails-instructions-');
const millions = (value: number) => `${Math.round(value / 1e6).toLocaleString('en-US')} M`;
const label = (lib: string) => (lib.startsWith(ROOT + path.sep) ? path.relative(ROOT, lib) : lib);
const results = libs.map((lib) => {
  const spent = count(lib, file, 'check') - count(lib, file, 'load');
  process.stdout.write(`${label(lib)}: analysis + evaluation of ${(2 * n).toLocaleString('en-US')} objects: ${millions(spent)} instructions\n`);
  return spent;
});
if (results.length === 2) process.stdout.write(`ratio ${label(libs[0])} / ${label(libs[1])}: ${(results[0] / results[1]).toFixed(3)}\n`);
fs.rmSync(path.dirname(file), { recursive: true, force: true });
