import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Packs the real tarball, installs it into a fresh cdk8s app outside the repository, synthesizes
 * with guardrails enforced and runs the installed CLI. Needs the compiled lib/ (the test task builds it).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const devVersion = (name: string) => String(pkg.devDependencies[name]);

let work: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
  tarball = path.join(work, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
}, 120_000);

describe('npm package', () => {
  test('the tarball holds only what users need', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'lib/index.js', 'lib/index.d.ts', 'lib/cli/main.js']));
    const unexpected = files.filter((f) => !/^(package\.json|README\.md|LICENSE|lib\/.*\.(js|d\.ts)|docs\/.*\.md)$/.test(f));
    expect(unexpected).toEqual([]);
  });

  test('installs into a fresh cdk8s app, enforces at synth and runs the installed CLI', () => {
    const app = path.join(work, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '1.0.0', private: true }));
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--omit=optional', '--prefer-offline', tarball, `cdk8s@${devVersion('cdk8s')}`, `cdk8s-plus-27@${devVersion('cdk8s-plus-27')}`, `constructs@${devVersion('constructs')}`],
      { cwd: app, stdio: 'pipe' },
    );
    fs.writeFileSync(
      path.join(app, 'main.js'),
      `const { App, Chart, ApiObject } = require('cdk8s');
const { Guardrails, GuardrailsError } = require('cdk8s-guardrails');
// In one thread, then with the rules in a worker thread (its script must be in the tarball).
const threads = require('worker_threads');
let workers = 0;
threads.Worker = class extends threads.Worker { constructor(...args) { super(...args); workers++; } };
for (const parallel of [false, true]) {
  const app = new App({ outdir: 'dist' });
  const chart = new Chart(app, 'web', { namespace: 'shop' });
  new ApiObject(chart, 'pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' },
    spec: { containers: [{ name: 'web', image: 'registry.example.com/web:1.0.0', securityContext: { privileged: true } }] } });
  Guardrails.of(app).enforce({ profile: 'pss-baseline', parallel, warn: (line) => console.log('warn ' + line) });
  try { app.synth(); console.log('synth passed'); } catch (e) {
    console.log(e instanceof GuardrailsError ? 'GuardrailsError ' + e.report.findings.map((f) => f.ruleId).join(',') : 'other ' + e);
  }
}
console.log('workers ' + workers);
`,
    );
    const synth = spawnSync('node', ['main.js'], { cwd: app, encoding: 'utf8' });
    expect(synth.stdout.trim().split('\n')).toEqual(['GuardrailsError pss-privileged', 'GuardrailsError pss-privileged', 'workers 1']);
    const written = fs.existsSync(path.join(app, 'dist')) ? fs.readdirSync(path.join(app, 'dist')) : [];
    expect(written.filter((f) => f.endsWith('.yaml'))).toEqual([]);

    fs.writeFileSync(path.join(app, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n');
    const cli = spawnSync(path.join(app, 'node_modules', '.bin', 'cdk8s-guardrails'), ['check', '--profile', 'pss-baseline', '--format', 'json', 'pod.yaml'], { cwd: app, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    const report = JSON.parse(cli.stdout);
    expect(report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['pss-privileged', 10]]);
  }, 240_000);
});
