/**
 * Where guardrails spend their time: synthesizes N cdk8s-plus Deployments (+ a Service each) once,
 * then times analysis and every rule of a profile separately (median of several passes).
 *   ts-node --project test/tsconfig.json test/bench/profile-rules.ts [N] [profile] [passes]
 * Prints the slowest rules first; use it to find the rule to optimize, then `node --cpu-prof` for the why.
 */
import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { analyzeAll, evaluateObjects } from '../../src/engine/evaluate';
import { ManifestInput } from '../../src/engine/types';
import { parseKubernetesVersion } from '../../src/engine/version';
import { getProfile } from '../../src/profiles/registry';

const [n = 2000, passes = 5] = [Number(process.argv[2] ?? 2000), Number(process.argv[4] ?? 5)];
const profileName = process.argv[3] ?? 'recommended';

const app = new App({ outdir: '/tmp/guardrails-profile' });
const chart = new Chart(app, 'chart', { namespace: 'team' });
for (let i = 0; i < n; i++) {
  const d = new kplus.Deployment(chart, `web-${i}`, { replicas: 2, containers: [{ image: `registry.example.com/web:1.${i % 50}.0`, portNumber: 8080 }] });
  d.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
}
const inputs: ManifestInput[] = chart.toJson().map((manifest) => ({ manifest }));

/** CPU time (not wall time), so other processes on a shared machine disturb the figures less. */
const ms = (f: () => void) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const profile = getProfile(profileName).resolve(parseKubernetesVersion('latest'));
const objects = analyzeAll(inputs);
const analyze: number[] = [];
const total: number[] = [];
const perRule = new Map<string, number[]>(profile.rules.map((r) => [r.rule.meta.id, []]));
for (let p = 0; p < passes; p++) {
  analyze.push(ms(() => analyzeAll(inputs)));
  total.push(ms(() => evaluateObjects(objects, profile)));
  for (const rule of profile.rules) perRule.get(rule.rule.meta.id)!.push(ms(() => evaluateObjects(objects, { ...profile, rules: [rule] })));
}
const rows = [...perRule].map(([id, v]) => [id, median(v)] as const).sort((a, b) => b[1] - a[1]);
console.log(`${inputs.length} objects, profile ${profileName} (${profile.rules.length} rules), median of ${passes}, CPU ms`);
console.log(`analyzeAll ${median(analyze).toFixed(1)} ms, evaluateObjects ${median(total).toFixed(1)} ms, sum of rules ${rows.reduce((s, r) => s + r[1], 0).toFixed(1)} ms`);
for (const [id, t] of rows.slice(0, Number(process.env.TOP ?? 30))) console.log(`${t.toFixed(2).padStart(9)} ms  ${id}`);
