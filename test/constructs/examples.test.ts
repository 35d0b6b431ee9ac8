import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { buildInsecureApp } from '../../examples/insecure-app/app';
import { buildSecureApp } from '../../examples/secure-app/app';
import { Guardrails } from '../../src/cdk8s/guardrails';
import { GuardrailsError } from '../../src/cdk8s/errors';
import { ACCEPTED_INFO, errorOf } from './support';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-example-'));
}

describe('examples/secure-app', () => {
  const outdir = tempDir();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  let app: ReturnType<typeof buildSecureApp>;

  beforeAll(() => {
    // The example prints its info findings; keep the test output quiet.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      app = buildSecureApp(outdir);
      app.synth();
    } finally {
      warn.mockRestore();
    }
  });

  test('synthesizes the YAML and writes JSON and SARIF reports', () => {
    expect(fs.readdirSync(outdir).sort()).toEqual(['guardrails-report.json', 'guardrails-report.sarif', 'shop.k8s.yaml']);
    const sarif = JSON.parse(fs.readFileSync(path.join(outdir, 'guardrails-report.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });

  test('has no findings beyond the accepted infos', () => {
    const report = Guardrails.of(app).report!;
    const counted = report.findings
      .filter((f) => !f.suppressed)
      .filter((f) => !(f.severity === 'info' && ACCEPTED_INFO.includes(f.ruleId)))
      .map((f) => `[${f.ruleId}] ${f.resource.kind} ${f.resource.name}: ${f.message}`);
    expect(counted).toEqual([]);
  });

  test('everything is in namespace shop, with web, api, the worker, their service accounts and policies', () => {
    const docs = parseAllDocuments(fs.readFileSync(path.join(outdir, 'shop.k8s.yaml'), 'utf8')).map((d) => d.toJSON());
    const names = (kind: string) => docs.filter((d) => d.kind === kind).map((d) => d.metadata.name).sort();
    expect(names('Deployment')).toEqual(['api', 'web']);
    expect(names('CronJob')).toEqual(['cleanup']);
    expect(names('ServiceAccount')).toEqual(['api', 'cleanup', 'web']);
    expect(names('ExternalSecret')).toEqual(['db-credentials']);
    expect(names('Secret')).toEqual([]);
    for (const d of docs.filter((x) => x.kind !== 'Namespace')) expect(d.metadata.namespace).toBe('shop');
  });
});

describe('examples/insecure-app', () => {
  const outdir = tempDir();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('fails synthesis with a GuardrailsError naming the expected rules', () => {
    const error = errorOf(() => buildInsecureApp(outdir).synth());
    expect(error).toBeInstanceOf(GuardrailsError);
    const ruleIds = new Set((error as GuardrailsError).report.findings.map((f) => f.ruleId));
    for (const id of [
      'pss-privileged',
      'pss-host-namespaces',
      'pss-host-ports',
      'pss-run-as-user',
      'pss-run-as-non-root',
      'pss-allow-privilege-escalation',
      'pss-capabilities-restricted',
      'pss-seccomp-restricted',
      'pss-restricted-volumes',
      'dangerous-capabilities',
      'container-runtime-socket',
      'image-tag',
      'plaintext-secret',
      'rbac-cluster-admin-binding',
      'rbac-wildcard',
      'rbac-secrets-read',
      'rbac-pod-exec',
      'rbac-escalation-verbs',
    ]) {
      expect(ruleIds).toContain(id);
    }
  });

  test('never echoes the plaintext password', () => {
    const error = errorOf(() => buildInsecureApp(outdir).synth()) as GuardrailsError;
    expect(error.message).not.toContain('hunter2-prod');
    expect(fs.readFileSync(path.join(outdir, 'guardrails-report.json'), 'utf8')).not.toContain('hunter2-prod');
  });
});
