import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSecureApp } from '../../examples/secure-app/app';
import { runBuiltCli } from './run-cli';

/** The example's synthesized YAML checks clean with the CLI too, suppression annotations included. */
test('the secure example app output passes `check --profile recommended` with no error or warning', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-example-'));
  buildSecureApp(outdir).synth();
  const yamlFiles = fs.readdirSync(outdir).filter((f) => f.endsWith('.k8s.yaml'));
  expect(yamlFiles.length).toBeGreaterThan(0);
  const result = runBuiltCli(['check', '--profile', 'recommended', '--fail-on', 'warning', '--format', 'json', ...yamlFiles], { cwd: outdir });
  const report = JSON.parse(result.stdout);
  const blocking = report.findings.filter((f: { severity: string; suppressed?: unknown }) => !f.suppressed && f.severity !== 'info');
  expect(blocking).toEqual([]);
  expect(report.errors).toEqual([]);
  expect(result.code).toBe(0);
}, 60_000);
