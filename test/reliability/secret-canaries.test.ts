import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { canaryManifests, leaks, PLANTED, reports } from './canaries';
import { Guardrails, GuardrailsError } from '../../src';
import { checkManifests } from '../../src/engine/check';
import { RULES_FORMATS } from '../../src/cli/rules-command';
import { REPORT_FORMATS } from '../../src/formatters';
import { ALL_RULES } from '../../src/rules';
import { makeTree, runBuiltCli } from '../cli/run-cli';

/**
 * Planted secret values (Secret data/stringData, env values, ConfigMap keys and PEM, annotations)
 * must never appear in any output: CLI reports in every format, `rules` listings, cdk8s errors,
 * report files and warnings. Findings name keys and fields, never values.
 */

jest.setTimeout(120_000);

const SECRET_RULES = ALL_RULES.filter((r) => r.meta.category === 'secrets');
const yaml = (m: unknown) => JSON.stringify(m, null, 2); // JSON is YAML, and keeps the PEM newlines exact

describe('secret canaries', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTree({ 'app.yaml': canaryManifests().map(yaml).join('\n---\n') + '\n' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the leak check finds a planted value, so a passing run means something', () => {
    expect(leaks(`x ${PLANTED[0].value} y`)).not.toEqual([]);
    expect(leaks(Buffer.from(PLANTED[3].value).toString('base64'))).not.toEqual([]);
    expect(leaks(fs.readFileSync(path.join(dir, 'app.yaml'), 'utf8')).length).toBeGreaterThan(0);
  });

  describe.each(REPORT_FORMATS)('CLI check --format %s', (format) => {
    test('prints no planted value on stdout or stderr, with --fail-on info and error', () => {
      for (const failOn of ['info', 'error']) {
        const r = runBuiltCli(['check', 'app.yaml', '--format', format, '--fail-on', failOn], { cwd: dir });
        expect(r.code).toBe(1);
        expect(leaks(r.stdout + r.stderr)).toEqual([]);
      }
    });
  });

  test('the report written with --output holds no planted value', () => {
    const r = runBuiltCli(['check', '-', '--format', 'json', '--output', 'out.json'], { cwd: dir, input: fs.readFileSync(path.join(dir, 'app.yaml')) });
    expect(r.code).toBe(1);
    expect(leaks(fs.readFileSync(path.join(dir, 'out.json'), 'utf8') + r.stdout + r.stderr)).toEqual([]);
  });

  test.each(RULES_FORMATS)('`rules --format %s` prints no planted value', (format) => {
    const r = runBuiltCli(['rules', '--format', format], { cwd: dir });
    expect(r.code).toBe(0);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  test('the cdk8s error, every report file and every warning hold no planted value', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-canary-'));
    try {
      const app = new App({ outdir });
      const chart = new Chart(app, 'chart');
      canaryManifests().forEach((m, i) => new ApiObject(chart, `o${i}`, m as never));
      const warnings: string[] = [];
      Guardrails.of(app).enforce({ reports: { json: true, sarif: true, junit: true, markdown: true }, warn: (m) => warnings.push(m) });
      let error: unknown;
      try {
        app.synth();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GuardrailsError);
      const message = (error as Error).message;
      const files = fs.readdirSync(outdir);
      expect(files.filter((f) => f.startsWith('guardrails-report'))).toHaveLength(4);
      const written = files.map((f) => fs.readFileSync(path.join(outdir, f), 'utf8')).join('\n');
      expect(warnings.length + message.split('\n').length).toBeGreaterThan(1);
      expect(leaks(message)).toEqual([]);
      expect(leaks(warnings.join('\n'))).toEqual([]);
      expect(leaks(written)).toEqual([]);
      expect(leaks(JSON.stringify((error as GuardrailsError).report.findings))).toEqual([]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  describe('each planted secret is reported by a secrets rule', () => {
    const findings = () => checkManifests(canaryManifests().map((manifest) => ({ manifest })), { profile: 'recommended' }).findings;
    for (const planted of PLANTED) {
      const catching = SECRET_RULES.filter((r) => planted.ruleHint.test(`${r.meta.id} ${r.meta.title}`));
      // Each plant is asserted for the secrets rules meant to catch it (matched by `ruleHint`); a plant no rule matches is skipped.
      (catching.length ? test : test.skip)(`${planted.label} (${catching.map((r) => r.meta.id).join(', ') || 'no rule yet'})`, () => {
        const hits = findings().filter((f) => reports(f, planted));
        expect(hits.map((f) => f.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(catching.map((r) => r.meta.id).join('|')))]));
      });
    }
  });
});
