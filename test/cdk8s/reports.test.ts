import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { Guardrails, GuardrailsError } from '../../src';

function app(privileged: boolean): App {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-reports-'));
  const a = new App({ outdir });
  const chart = new Chart(a, 'chart', { namespace: 'ops' });
  new ApiObject(chart, 'pod', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'agent' },
    spec: { containers: [{ name: 'agent', image: 'registry.example.com/agent:1.0.0', securityContext: { privileged } }] },
  });
  return a;
}

describe('report files', () => {
  test('are written next to the synthesized YAML in every requested format', () => {
    const a = app(false);
    Guardrails.of(a).enforce({ profile: 'pss-baseline', reports: { json: true, sarif: true, junit: true, markdown: true } });
    a.synth();
    expect(fs.readdirSync(a.outdir).sort()).toEqual([
      'chart.k8s.yaml',
      'guardrails-report.json',
      'guardrails-report.junit.xml',
      'guardrails-report.md',
      'guardrails-report.sarif',
    ]);
    const json = JSON.parse(fs.readFileSync(path.join(a.outdir, 'guardrails-report.json'), 'utf8'));
    expect(json).toMatchObject({ version: 1, profile: 'pss-baseline', kubernetesVersion: 'latest', findings: [] });
    // JUnit lists the passing object too, not only objects with findings.
    expect(fs.readFileSync(path.join(a.outdir, 'guardrails-report.junit.xml'), 'utf8')).toContain('Pod ops/agent');
  });

  test('are still written when synthesis fails, while no YAML is written', () => {
    const a = app(true);
    Guardrails.of(a).enforce({ profile: 'pss-baseline', reports: { json: true } });
    expect(() => a.synth()).toThrow(GuardrailsError);
    expect(fs.readdirSync(a.outdir)).toEqual(['guardrails-report.json']);
    const json = JSON.parse(fs.readFileSync(path.join(a.outdir, 'guardrails-report.json'), 'utf8'));
    expect(json.findings.map((f: { ruleId: string; constructPath: string }) => [f.ruleId, f.constructPath])).toEqual([['pss-privileged', 'chart/pod']]);
  });

  test('a failed synth removes the manifests an earlier synth left in outdir, and says so', () => {
    const good = app(false);
    good.synth();
    fs.writeFileSync(path.join(good.outdir, 'notes.txt'), 'kept');
    const bad = new App({ outdir: good.outdir });
    const chart = new Chart(bad, 'chart', { namespace: 'ops' });
    new ApiObject(chart, 'pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'agent' }, spec: { containers: [{ name: 'agent', image: 'agent:1', securityContext: { privileged: true } }] } });
    Guardrails.of(bad).enforce({ profile: 'pss-baseline' });
    expect(() => bad.synth()).toThrow(`Removed 1 manifest file(s) of an earlier synthesis from ${good.outdir} (chart.k8s.yaml), so they are not mistaken for this build.`);
    expect(fs.readdirSync(good.outdir)).toEqual(['notes.txt']);
  });
});
