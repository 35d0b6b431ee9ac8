import { ApiObject, App, Chart, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { GuardrailsError, Guardrails } from '../../src';

function privilegedPodApp() {
  const app = Testing.app();
  const chart = new Chart(app, 'chart');
  new ApiObject(chart, 'pod', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'ns' },
    spec: { containers: [{ name: 'c', image: 'nginx:1.27', securityContext: { privileged: true } }] },
  });
  return { app, chart };
}

describe('Guardrails.enforce', () => {
  test('synthYaml throws GuardrailsError naming rule, resource, construct path and pointer', () => {
    const { app } = privilegedPodApp();
    Guardrails.of(app).enforce({ profile: 'pss-baseline' });
    let error: unknown;
    try {
      app.synthYaml();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuardrailsError);
    const message = (error as GuardrailsError).message;
    expect(message).toContain('[pss-privileged] Pod ns/p (chart/pod) at /spec/containers/0/securityContext/privileged: container "c" sets securityContext.privileged=true. Fix: ');
    expect((error as GuardrailsError).report.findings).toHaveLength(1);
  });

  test('a JSON patch that adds a privileged flag is caught', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const d = new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27', securityContext: { ensureNonRoot: false } }] });
    ApiObject.of(d).addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/securityContext/privileged', true));
    Guardrails.of(app).enforce({ profile: 'pss-baseline' });
    expect(() => app.synthYaml()).toThrow(/pss-privileged.*Deployment .*chart\/web\/Resource.*\/spec\/template\/spec\/containers\/0\/securityContext\/privileged/);
  });

  test('Testing.synth checks too, and the report is kept', () => {
    const { app, chart } = privilegedPodApp();
    Guardrails.of(app).enforce({ profile: 'pss-baseline', failOn: 'never', warn: () => undefined });
    expect(Testing.synth(chart)).toHaveLength(1);
    expect(Guardrails.of(app).report?.findings.map((f) => f.ruleId)).toEqual(['pss-privileged']);
  });

  test('each object is serialized once per app.synthYaml(), whatever the number of charts', () => {
    const app = new App();
    for (let i = 0; i < 3; i++) {
      new ApiObject(new Chart(app, `c${i}`), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } });
    }
    Guardrails.of(app).enforce({ profile: 'pss-baseline' });
    const spy = jest.spyOn(ApiObject.prototype, 'toJson');
    try {
      expect(app.synthYaml()).toContain('kind: ConfigMap');
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
  });

  test('a later synth sees changes made after an earlier one', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const pod = new ApiObject(chart, 'pod', {
      apiVersion: 'v1',
      kind: 'Pod',
      spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] },
    });
    Guardrails.of(app).enforce({ profile: 'pss-baseline' });
    app.synthYaml();
    pod.addJsonPatch(JsonPatch.add('/spec/hostNetwork', true), JsonPatch.add('/spec/containers/0/securityContext', { privileged: true }));
    expect(() => app.synthYaml()).toThrow(GuardrailsError);
  });

  test('suppression on a chart covers objects below it and stays in the report', () => {
    const { app, chart } = privilegedPodApp();
    Guardrails.suppress(chart, 'pss-privileged', 'Node agent needs device access, approved in SEC-123');
    Guardrails.of(app).enforce({ profile: 'pss-baseline' });
    app.synthYaml();
    const [finding] = Guardrails.of(app).report!.findings;
    expect(finding.suppressed).toEqual({ reason: 'Node agent needs device access, approved in SEC-123', source: 'construct:chart' });
  });

  test('a suppression without a real reason is refused', () => {
    const { chart } = privilegedPodApp();
    expect(() => Guardrails.suppress(chart, 'pss-privileged', 'because')).toThrow(/reason. of at least 10 letters/);
  });
});
