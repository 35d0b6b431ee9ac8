import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Helm, JsonPatch, Testing } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Guardrails, GuardrailsError } from '../../src';

/** Synthesizes with pss-baseline and returns the failing findings as `rule constructPath pointer`. */
function failures(app: App): string[] {
  Guardrails.of(app).enforce({ profile: 'pss-baseline' });
  try {
    app.synthYaml();
  } catch (error) {
    if (error instanceof GuardrailsError) return error.report.findings.map((f) => `${f.ruleId} ${f.constructPath} ${f.path}`);
    throw error;
  }
  return [];
}

describe('every source of ApiObjects is checked', () => {
  test('raw Kube* L1 classes', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    new k8s.KubeDaemonSet(chart, 'agent', {
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        template: {
          metadata: { labels: { app: 'agent' } },
          spec: {
            initContainers: [{ name: 'init', image: 'busybox:1.36', securityContext: { privileged: true } }],
            containers: [{ name: 'agent', image: 'agent:1.0' }],
          },
        },
      },
    });
    expect(failures(app)).toEqual(['pss-privileged chart/agent /spec/template/spec/initContainers/0/securityContext/privileged']);
  });

  test('JSON patches applied to an L1 object', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const job = new k8s.KubeCronJob(chart, 'job', {
      spec: {
        schedule: '0 * * * *',
        jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'job', image: 'job:1.0' }] } } } },
      },
    });
    job.addJsonPatch(JsonPatch.add('/spec/jobTemplate/spec/template/spec/containers/0/securityContext', { privileged: true }));
    expect(failures(app)).toEqual(['pss-privileged chart/job /spec/jobTemplate/spec/template/spec/containers/0/securityContext/privileged']);
  });

  test('objects rendered by the Helm construct', () => {
    // helm is not installable on these machines (not in npm or Debian); this executable stands in
    // for `helm template` the way cdk8s calls it: it prints the chart's templates to stdout.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-helm-'));
    const chartDir = path.join(dir, 'chart');
    fs.mkdirSync(path.join(chartDir, 'templates'), { recursive: true });
    fs.writeFileSync(
      path.join(chartDir, 'templates', 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: vendor\nspec:\n  containers:\n    - name: vendor\n      image: vendor:2.0\n      securityContext:\n        privileged: true\n',
    );
    const helm = path.join(dir, 'helm');
    fs.writeFileSync(
      helm,
      '#!/usr/bin/env node\nconst fs = require("fs"); const path = require("path");\nconst chart = process.argv[process.argv.length - 1];\nconst dir = path.join(chart, "templates");\nfor (const f of fs.readdirSync(dir).sort()) process.stdout.write("---\\n" + fs.readFileSync(path.join(dir, f), "utf8"));\n',
      { mode: 0o755 },
    );
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    new Helm(chart, 'vendor', { chart: chartDir, helmExecutable: helm });
    expect(failures(app)).toEqual(['pss-privileged chart/vendor/vendor-pod /spec/containers/0/securityContext/privileged']);
  });
});
