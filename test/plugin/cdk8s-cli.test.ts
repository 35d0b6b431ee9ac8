import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * End to end through the real cdk8s CLI from npm: `cdk8s synth` loads the plugin from this
 * repository by local path (it needs the compiled lib/, which the test task builds first).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const CDK8S = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

const SAFE_CONTAINER = {
  name: 'web',
  image: 'registry.example.com/web:1.2.3',
  securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
};

function appSource(container: object): string {
  return `const { App, Chart, ApiObject } = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'cdk8s'))});
const app = new App();
const chart = new Chart(app, 'web');
new ApiObject(chart, 'deployment', {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' },
  spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [${JSON.stringify(container)}] } } },
});
app.synth();
`;
}

function synth(container: object, profile: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-plugin-'));
  fs.writeFileSync(path.join(dir, 'main.js'), appSource(container));
  fs.writeFileSync(
    path.join(dir, 'cdk8s.yaml'),
    ['language: typescript', 'app: node main.js', 'validations:', `  - package: ${ROOT}`, `    version: ${VERSION}`, '    class: GuardrailsValidation', '    properties:', `      profile: ${profile}`, ''].join('\n'),
  );
  const result = spawnSync(CDK8S, ['synth', '--no-check-upgrade'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, HOME: dir, CI: 'true' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

describe('cdk8s CLI validation plugin', () => {
  test('a clean app synthesizes and the plugin reports success', () => {
    const { status, output, dir } = synth(SAFE_CONTAINER, 'pss-restricted');
    expect(output).toMatch(/Status\s+│ success/);
    expect(output).toMatch(/profile\s+│ pss-restricted/);
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'dist', 'web.k8s.yaml'))).toBe(true);
  }, 150_000);

  test('an insecure app fails synth with our findings and construct paths in the report', () => {
    const insecure = { ...SAFE_CONTAINER, securityContext: { ...SAFE_CONTAINER.securityContext, privileged: true } };
    const { status, output } = synth(insecure, 'pss-restricted');
    expect(status).toBe(2);
    expect(output).toMatch(/Status\s+│ failure/);
    expect(output).toContain('pss-privileged (error)');
    expect(output).toContain('container "web" sets securityContext.privileged=true');
    expect(output).toContain('web/deployment');
  }, 150_000);
});
