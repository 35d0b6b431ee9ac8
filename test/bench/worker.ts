/**
 * One benchmark measurement in its own process, so peak RSS belongs to one variant only.
 * Prints one JSON line: {ms, cpuMs, maxRssBytes, objects}.
 *   synth <plain|guardrails|guardrails-parallel> <N> <charts>
 *                                           app.synthYaml() of N cdk8s-plus Deployments (+ Service each),
 *                                           with the compiled package as users get it, by default or
 *                                           with `parallel: true` (rules in a worker thread)
 *   parse <file>                            parse a multi-document YAML file with the yaml library only
 */
import * as fs from 'fs';
import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { parseAllDocuments } from 'yaml';
// The compiled package, as users run it: only there can the check run in a worker thread.
const { Guardrails } = require('../../lib/cdk8s/guardrails') as typeof import('../../src/cdk8s/guardrails');

function buildApp(n: number, charts: number): App {
  const app = new App({ outdir: fs.mkdtempSync('/tmp/guardrails-bench-') });
  const chartList = Array.from({ length: charts }, (_, i) => new Chart(app, `chart-${i}`, { namespace: `team-${i}` }));
  for (let i = 0; i < n; i++) {
    const deployment = new kplus.Deployment(chartList[i % charts], `web-${i}`, {
      replicas: 2,
      containers: [{ image: `registry.example.com/web:1.${i % 50}.0`, portNumber: 8080 }],
    });
    deployment.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
  }
  return app;
}

/** CPU milliseconds (user + system, all threads) since `start`: steadier than wall time on a shared machine. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function report(ms: number, cpuMs: number, objects: number): void {
  process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssBytes: process.resourceUsage().maxRSS * 1024, objects }) + '\n');
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'synth') {
  const [variant, n, charts] = [args[0], Number(args[1]), Number(args[2])];
  const app = buildApp(n, charts);
  if (variant !== 'plain') Guardrails.of(app).enforce({ failOn: 'never', warn: () => undefined, parallel: variant === 'guardrails-parallel' });
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const yaml = app.synthYaml();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // synthYaml writes nothing there; a full run starts ~150 of these processes.
  fs.rmSync(app.outdir, { recursive: true, force: true });
  if (!yaml.length) throw new Error('empty synth');
  report(ms, cpuSince(cpu), n * 2);
} else if (mode === 'parse') {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const text = fs.readFileSync(args[0], 'utf8');
  let objects = 0;
  for (const doc of parseAllDocuments(text)) if (doc.toJS()) objects++;
  report(Number(process.hrtime.bigint() - start) / 1e6, cpuSince(cpu), objects);
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
