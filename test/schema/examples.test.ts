import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildInsecureApp } from '../../examples/insecure-app/app';
import { buildSecureApp } from '../../examples/secure-app/app';
import { apiObjectsWithoutValidation, kubernetesSchemaVersion, manifestsOfYaml, schemaErrorLines, validateManifests } from './harness';

/** The example apps' output, as written to disk, must be accepted by a Kubernetes API server of the targeted version. */
describe(`example apps synthesize manifests valid for Kubernetes ${kubernetesSchemaVersion()} and the CRD schemas`, () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-example-'));
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('examples/secure-app: every object in the synthesized YAML files', () => {
    // The app's accepted info findings are printed as warnings at synth; they are not under test here.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      buildSecureApp(outdir).synth();
    } finally {
      warn.mockRestore();
    }
    const files = fs.readdirSync(outdir).filter((f) => f.endsWith('.k8s.yaml'));
    expect(files.length).toBeGreaterThan(0);
    const manifests = files.flatMap((f) => manifestsOfYaml(fs.readFileSync(path.join(outdir, f), 'utf8')));
    const { results } = validateManifests(manifests);
    expect(schemaErrorLines(results)).toEqual([]);
    // It is the full app, CRDs included, and nothing went unchecked.
    expect(results.every((r) => r.validator !== 'none')).toBe(true);
    expect([...new Set(results.map((r) => r.kind))]).toEqual(expect.arrayContaining(['Namespace', 'Deployment', 'CronJob', 'NetworkPolicy', 'ExternalSecret']));
  });

  test('examples/insecure-app: its objects are insecure but well-formed (guardrails, not the API server, must catch them)', () => {
    // synth() of this app fails by design (GuardrailsError), so its objects are read directly.
    const manifests = apiObjectsWithoutValidation(buildInsecureApp(path.join(outdir, 'insecure')));
    expect(manifests.length).toBeGreaterThan(0);
    const { results } = validateManifests(manifests);
    expect(schemaErrorLines(results)).toEqual([]);
    expect(results.map((r) => r.kind)).toEqual(expect.arrayContaining(['ClusterRoleBinding', 'Deployment', 'Role', 'Secret', 'Service']));
  });
});
