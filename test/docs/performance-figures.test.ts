import * as fs from 'fs';
import * as path from 'path';

/**
 * The README quotes the latest full benchmark run: its table must show the figures of
 * test/bench/results.json, so a new run cannot be committed with stale figures beside it.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const { machine, results } = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'bench', 'results.json'), 'utf8'));

interface Variant {
  ms: number;
  timeRatio: number;
  bestTimeRatio: number;
  pairedTimeRatio: number;
  pairedTimeRatioInterval95?: [number, number];
  cpuRatio: number;
  rssRatio: number;
  maxRssBytes: number;
}

/** The cells of the README performance table row whose first cell starts with `label`. */
function row(label: string): string[] {
  const line = readme.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`README has no performance row "${label}"`);
  return line.split('|').slice(1, -1).map((c) => c.trim());
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratios = (v: { timeRatio: number; bestTimeRatio: number }) => `${v.timeRatio.toFixed(2)} (${v.bestTimeRatio.toFixed(2)})`;
const mib = (bytes: number) => Math.round(bytes / 1048576);
/** The paired ratio with its 95% confidence interval, as the table shows it. */
const paired = (v: { pairedTimeRatio: number; pairedTimeRatioInterval95?: [number, number] }) => {
  // A full run has the repetitions for an interval (6 or more): the README quotes it.
  expect(v.pairedTimeRatioInterval95).toHaveLength(2);
  const [low, high] = v.pairedTimeRatioInterval95!;
  return `${v.pairedTimeRatio.toFixed(2)} (${low.toFixed(2)}–${high.toFixed(2)})`;
};

describe('README performance figures', () => {
  test('come from the latest full run in test/bench/results.json', () => {
    expect(machine.quick).toBe(false);
    // The table is for Node as users run it: runs with --node-flags go elsewhere (--out).
    expect(machine.nodeFlags ?? []).toEqual([]);
    const date = String(machine.date).slice(0, 16).replace('T', ' ');
    expect(readme).toContain(`Latest full run: ${date} UTC`);
    expect(readme).toContain(`\`--reps ${machine.reps}\``);
    // The machine it ran on, as the run recorded it (machines here differ from session to session).
    expect(readme).toContain(`${machine.cpus}-core ${machine.cpu}, ${machine.memoryGiB} GiB`);
  });

  test.each([
    ['`app.synthYaml()`, 5,000 cdk8s-plus Deployments + Services, 1 chart', 'synth N=5000 charts=1', 'guardrails'],
    ['the same with `parallel: true`', 'synth N=5000 charts=1', 'guardrails-parallel'],
    ['the same over 10 charts', 'synth N=5000 charts=10', 'guardrails'],
    ['the same over 10 charts with `parallel: true`', 'synth N=5000 charts=10', 'guardrails-parallel'],
  ])('%s', (label, key, variant) => {
    const figures = results[key];
    const v: Variant = figures[variant];
    expect(row(label).slice(1, 7)).toEqual([seconds(figures.plain.ms), seconds(v.ms), ratios(v), paired(v), v.cpuRatio.toFixed(2), `${v.rssRatio.toFixed(2)}×`]);
  });

  test('CLI throughput and scaling', () => {
    const cli = results['cli 10000 objects'];
    expect(row('CLI `check --format json`, 10,000 workloads').slice(1, 7)).toEqual([
      `${seconds(cli.parseOnly.ms)} parse only`,
      seconds(cli.check.ms),
      ratios(cli),
      paired(cli),
      cli.cpuRatio.toFixed(2),
      `${mib(cli.parseOnly.maxRssBytes)} → ${mib(cli.check.maxRssBytes)} MiB`,
    ]);
    const { msPerObject, growth1xTo4x } = results.cliScaling;
    expect(row('CLI time per object, 1× → 4×').slice(1, 4)).toEqual([`${msPerObject[0].toFixed(3)} ms`, `${msPerObject[2].toFixed(3)} ms`, growth1xTo4x.toFixed(2)]);
  });
});
