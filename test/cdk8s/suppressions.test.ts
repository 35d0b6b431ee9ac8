import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, Chart, Include, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Guardrails, GuardrailsError } from '../../src';
import { checkManifests } from '../../src/engine/check';
import { SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { Report } from '../../src/engine/types';
import { parseYaml } from '../../src/input/yaml';

const REASON = 'Legacy image, migration tracked in PLAT-42';

function unsuppressed(report: Report) {
  return report.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.resource.kind}/${f.resource.name} ${f.path}`).sort();
}

describe('construct suppressions', () => {
  test('a suppression on a custom construct reaches the cdk8s-plus objects below it', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const team = new Construct(chart, 'team');
    new kplus.Deployment(team, 'web', { containers: [{ image: 'nginx' }] });
    Guardrails.suppress(team, 'image-tag', REASON);
    Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'never', warn: () => undefined });
    app.synthYaml();
    const tagFindings = Guardrails.of(app).report!.findings.filter((f) => f.ruleId === 'image-tag');
    expect(tagFindings.length).toBeGreaterThan(0);
    for (const f of tagFindings) expect(f.suppressed).toEqual({ reason: REASON, source: 'construct:chart/team' });
  });

  test('a suppression on an Include reaches the included objects', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-include-'));
    const file = path.join(dir, 'legacy.yaml');
    fs.writeFileSync(file, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: legacy\nspec:\n  containers:\n    - name: app\n      image: legacy/app\n');
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const include = new Include(chart, 'legacy', { url: file });
    Guardrails.suppress(include, 'image-tag', REASON);
    Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'never', warn: () => undefined });
    app.synthYaml();
    const f = Guardrails.of(app).report!.findings.find((x) => x.ruleId === 'image-tag');
    expect(f?.constructPath).toBe('chart/legacy/legacy-pod');
    expect(f?.suppressed?.source).toBe('construct:chart/legacy');
  });

  test('synthesized YAML carries the suppressions, so the CLI path gives the same unsuppressed findings', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart', { namespace: 'team' });
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx' }] });
    Guardrails.suppress(web, ['image-tag'], REASON, { until: '2099-01-01' });
    new ApiObject(chart, 'agent', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'agent' },
      spec: { containers: [{ name: 'agent', image: 'agent', securityContext: { privileged: true } }] },
    });
    Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'never', warn: () => undefined });
    const yaml = app.synthYaml();
    expect(yaml).toContain(SUPPRESSION_ANNOTATION);
    const synthReport = Guardrails.of(app).report!;
    const parsed = parseYaml(yaml, 'app.k8s.yaml');
    expect(parsed.errors).toEqual([]);
    const cliReport = checkManifests(parsed.manifests, { profile: 'recommended' });
    expect(unsuppressed(cliReport)).toEqual(unsuppressed(synthReport));
    expect(cliReport.findings.filter((f) => f.suppressed).map((f) => f.suppressed)).toEqual(
      synthReport.findings.filter((f) => f.suppressed).map((f) => f.suppressed),
    );
  });

  test('annotations can be turned off, and suppressions still apply at synth time', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx' }] });
    Guardrails.suppress(web, 'image-tag', REASON);
    Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'never', suppressionAnnotations: false, warn: () => undefined });
    expect(app.synthYaml()).not.toContain(SUPPRESSION_ANNOTATION);
    expect(Guardrails.of(app).report!.findings.filter((f) => f.ruleId === 'image-tag').every((f) => f.suppressed)).toBe(true);
  });

  test('repeated synths do not duplicate the annotation entries', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const web = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx' }] });
    Guardrails.suppress(web, 'image-tag', REASON);
    Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'never', warn: () => undefined });
    const first = app.synthYaml();
    expect(app.synthYaml()).toEqual(first);
  });

  test('an unused construct suppression is reported, and can fail the synth', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    new ApiObject(chart, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: 'b' } });
    Guardrails.suppress(chart, 'pss-privileged', REASON);
    Guardrails.of(app).enforce({ profile: 'pss-baseline', unusedSuppressions: 'error' });
    expect(() => app.synthYaml()).toThrow(GuardrailsError);
    const unused = Guardrails.of(app).report!.findings.filter((f) => f.ruleId === 'suppression-unused');
    expect(unused).toHaveLength(1);
    expect(unused[0].message).toContain('declared at construct:chart');
  });
});
