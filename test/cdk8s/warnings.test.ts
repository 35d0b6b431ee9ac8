import { Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Guardrails, GuardrailsError } from '../../src';
import { MAX_WARNING_LINES } from '../../src/cdk8s/warnings';

/** An app of `n` default cdk8s-plus Deployments: each has a few warning and info findings under `recommended`. */
function appWith(n: number) {
  const app = Testing.app();
  const chart = new Chart(app, 'chart', { namespace: 'team' });
  for (let i = 0; i < n; i++) new kplus.Deployment(chart, `web-${i}`, { containers: [{ image: `registry.example.com/web:1.${i}.0`, portNumber: 8080 }] });
  return app;
}

describe('findings below failOn', () => {
  test('a few are printed one per line, in report order', () => {
    const app = appWith(1);
    const lines: string[] = [];
    const guardrails = Guardrails.of(app).enforce({ profile: 'pss-restricted', failOn: 'never', warn: (m) => lines.push(m) });
    app.synthYaml();
    const findings = guardrails.report!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(MAX_WARNING_LINES);
    expect(lines).toEqual(findings.map((f) => expect.stringMatching(new RegExp(`^guardrails ${f.severity}: \\[${f.ruleId}\\] Deployment team/`))));
  });

  test('many are summarized per rule with a count and an example, and the report keeps them all', () => {
    const app = appWith(30);
    const lines: string[] = [];
    const guardrails = Guardrails.of(app).enforce({ profile: 'recommended', failOn: 'error', warn: (m) => lines.push(m), unusedSuppressions: 'off' });
    expect(() => app.synthYaml()).toThrow(GuardrailsError);
    const below = guardrails.report!.findings.filter((f) => f.severity !== 'error');
    expect(below.length).toBeGreaterThan(MAX_WARNING_LINES);
    const rules = new Set(below.map((f) => f.ruleId));
    expect(lines[0]).toBe(
      `guardrails: ${below.length} findings below "error" from ${rules.size} rules, one example each; write report files (enforce({ reports: { markdown: true } })) for the full list:`,
    );
    expect(lines).toHaveLength(rules.size + 1);
    let total = 0;
    for (const line of lines.slice(1)) {
      const [, severity, count, ruleId] = /^guardrails (warning|info): (\d+) × \[([a-z0-9-]+)\] Deployment team\/chart-web-\d+-\w+ \(chart\/web-\d+\/Resource\) at \//.exec(line) ?? [];
      expect(ruleId).toBeDefined();
      expect(Number(count)).toBe(below.filter((f) => f.ruleId === ruleId && f.severity === severity).length);
      total += Number(count);
    }
    expect(total).toBe(below.length);
  });

  test('the error of a failed synth carries the full report', () => {
    const app = appWith(3);
    Guardrails.of(app).enforce({ profile: 'recommended', warn: () => undefined });
    let error: GuardrailsError | undefined;
    try {
      app.synthYaml();
    } catch (e) {
      error = e as GuardrailsError;
    }
    expect(error).toBeInstanceOf(GuardrailsError);
    const errors = error!.report.findings.filter((f) => f.severity === 'error');
    expect(error!.message).toContain(`found ${errors.length} finding(s) at or above "error"`);
    expect(error!.report.findings.length).toBe(error!.report.summary.error + error!.report.summary.warning + error!.report.summary.info + error!.report.summary.suppressed);
    expect(error!.report.findings.some((f) => f.severity === 'info')).toBe(true);
  });
});

describe('the report after synthesis', () => {
  test('is the same whether report files were written or not', () => {
    const kept = appWith(4);
    const rebuilt = appWith(4);
    const options = { profile: 'recommended', failOn: 'never', warn: () => undefined, unusedSuppressions: 'error' } as const;
    Guardrails.of(kept).enforce({ ...options, reports: { json: true } });
    Guardrails.of(rebuilt).enforce(options);
    Guardrails.suppress(kept.node.findChild('chart').node.findChild('web-1'), 'image-digest', 'Pinned by the release pipeline at deploy time');
    Guardrails.suppress(rebuilt.node.findChild('chart').node.findChild('web-1'), 'image-digest', 'Pinned by the release pipeline at deploy time');
    kept.synthYaml();
    rebuilt.synthYaml();
    const report = Guardrails.of(rebuilt).report!;
    expect(report).toEqual(Guardrails.of(kept).report);
    expect(report.summary.suppressed).toBe(1);
    expect(report.findings.length).toBeGreaterThan(MAX_WARNING_LINES);
  });
});
