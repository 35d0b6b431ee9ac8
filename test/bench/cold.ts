/**
 * Times one cold synth-time check of the bench app as synthesis runs it (analysis, rules and the
 * verdict, once per process, on copies of the manifests made just before, as synthesis makes them)
 * for one build, or two taken in turns, and prints each build's medians and the median ratio of the
 * pairs with its 95% confidence interval (from 6 rounds on; see stats.ts):
 *   npm run bench:cold                          the compiled package (lib/)
 *   npm run bench:cold -- --compare <dir>       also a second build (`npx tsc --outDir <dir>` of
 *                                               another commit)
 *   --rounds <count>                            processes per build (default 14)
 *   --n <count>                                 Deployments, each with a Service (default 5,000)
 *   --quick                                     2 rounds of 500 (CI: proves it runs)
 * Besides wall time it reports the main thread's CPU time and all threads' (Linux): in a cold pass
 * on 2 cores V8's compiler threads take the main thread's core for part of the time, so a change
 * that makes V8 compile less shows in wall time and not in the main thread's work. That is what
 * `bench:instructions` cannot see (it runs without the optimizing compiler); judge changes to how
 * the rules run with both.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeBenchManifests } from './bench-app';
import { medianInterval } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const rounds = Number(option('--rounds') ?? (quick ? 2 : 14));
const n = Number(option('--n') ?? (quick ? 500 : 5000));
for (const [name, value] of [['--rounds', rounds], ['--n', n]] as const) {
  if (!Number.isInteger(value) || value < 1) fail(`${name} takes a whole number of at least 1, got "${option(name)}"`);
}
const libs = [path.join(ROOT, 'lib'), ...(option('--compare') ? [path.resolve(option('--compare')!)] : [])];
for (const lib of libs) {
  if (!fs.existsSync(path.join(lib, 'cdk8s', 'check-job.js'))) fail(`${lib} holds no compiled package (cdk8s/check-job.js); build one with \`npx tsc --outDir ${lib}\``);
}

/** One cold check; prints "wall mainThreadCpu allThreadsCpu" in ms (the main thread's is -1 where /proc is missing). */
const CHILD = `
const fs = require('fs');
const [lib, file] = process.argv.slice(1);
const { evaluateJob, verdictOf } = require(lib + '/cdk8s/check-job');
const { copyManifest } = require(lib + '/cdk8s/manifest-copy');
const manifests = JSON.parse(fs.readFileSync(file, 'utf8'));
const mainThreadCpu = () => {
  try {
    const fields = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 1000 / 100;
  } catch { return NaN; }
};
const inputs = manifests.map((manifest, i) => ({ manifest: copyManifest(manifest), provenance: { constructPath: 'app/chart/' + i } }));
const main0 = mainThreadCpu(), cpu0 = process.cpuUsage(), start = process.hrtime.bigint();
const job = { inputs, kubernetesVersion: 'latest', failOn: 'never', podTemplateLocations: [], now: new Date(), reportDir: '' };
verdictOf(job, evaluateJob(job));
const wall = Number(process.hrtime.bigint() - start) / 1e6, cpu = process.cpuUsage(cpu0);
process.stdout.write([wall, mainThreadCpu() - main0, (cpu.user + cpu.system) / 1000].join(' ') + '\\n');
`;

interface Sample {
  readonly wall: number;
  readonly main: number;
  readonly cpu: number;
}

function fail(message: string): never {
  process.stderr.write(`bench:cold: ${message}\n`);
  process.exit(2);
}

function measure(lib: string, file: string): Sample {
  const r = spawnSync(process.execPath, ['-e', CHILD, lib, file], { encoding: 'utf8' });
  if (r.status !== 0) fail(`the measured process failed:\n${r.stderr}`);
  const [wall, main, cpu] = r.stdout.trim().split(' ').map(Number);
  return { wall, main, cpu };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const file = writeBenchManifests(n, 'guardrails-cold-');
const samples: Sample[][] = libs.map(() => []);
// In turns, so that a slow minute of a shared machine falls on both builds alike.
for (let round = 0; round < rounds; round++) libs.forEach((lib, i) => samples[i].push(measure(lib, file)));
fs.rmSync(path.dirname(file), { recursive: true, force: true });

const label = (lib: string) => (lib.startsWith(ROOT + path.sep) ? path.relative(ROOT, lib) : lib);
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
process.stdout.write(`cold check of ${(2 * n).toLocaleString('en-US')} objects, ${rounds} processes per build (medians)\n`);
libs.forEach((lib, i) => {
  const s = samples[i];
  const walls = s.map((x) => x.wall);
  process.stdout.write(
    `${label(lib)}: wall ${ms(median(walls))} (fastest ${ms(Math.min(...walls))}), main thread CPU ${ms(median(s.map((x) => x.main)))}, all threads CPU ${ms(median(s.map((x) => x.cpu)))}\n`,
  );
});
if (libs.length === 2) {
  const ratio = (key: keyof Sample) => {
    const ratios = samples[0].map((a, k) => a[key] / samples[1][k][key]);
    const interval = medianInterval(ratios);
    return median(ratios).toFixed(3) + (interval ? ` (95% CI ${interval[0].toFixed(3)}–${interval[1].toFixed(3)})` : '');
  };
  process.stdout.write(`${label(libs[0])} / ${label(libs[1])}, median of the ${rounds} pairs: wall ${ratio('wall')}, main thread CPU ${ratio('main')}, all threads CPU ${ratio('cpu')}\n`);
}
