import * as os from 'os';
import { runBuiltCli } from './run-cli';

const cwd = os.tmpdir();

describe('cdk8s-guardrails rules', () => {
  test('--format json lists every rule of the profile with full metadata, including the PSS control', () => {
    const r = runBuiltCli(['rules', '--profile', 'pss-baseline', '--kubernetes-version', 'v1.30', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    const listing = JSON.parse(r.stdout);
    expect(listing).toMatchObject({ version: 1, profile: 'pss-baseline', kubernetesVersion: 'v1.30' });
    const priv = listing.rules.find((x: { id: string }) => x.id === 'pss-privileged');
    expect(priv).toMatchObject({
      title: 'Privileged containers',
      severity: 'error',
      category: 'pod-security',
      standards: { pss: { level: 'baseline', control: 'privileged' }, cis: [{ id: '5.2.2' }] },
      equivalents: { 'kube-linter': ['privileged-container'] },
    });
    expect(typeof priv.description).toBe('string');
    expect(typeof priv.remediation).toBe('string');
    // Every rule of a PSS profile maps to a PSS control.
    for (const rule of listing.rules) expect(rule.standards.pss.control).toEqual(expect.any(String));
  });

  test('text lists ids, severities and titles; recommended includes catalog rules', () => {
    const r = runBuiltCli(['rules'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ rule\(s\) in profile recommended at Kubernetes latest:\n/);
    expect(r.stdout).toMatch(/^pss-privileged +error +pod-security +Privileged containers$/m);
    expect(r.stdout).toMatch(/^image-tag +error +images +Image without a fixed tag$/m);
  });

  test('--format markdown is the rule documentation', () => {
    const r = runBuiltCli(['rules', '--profile', 'pss-restricted', '--format', 'markdown'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Rules of profile pss-restricted at Kubernetes latest\n/);
    expect(r.stdout).toContain('<a id="pss-privileged"></a>\n\n### Privileged containers');
    expect(r.stdout).toContain('- Pod Security Standards: **baseline**, control `privileged`');
  });

  test('usage errors exit 2 with the valid values', () => {
    const r = runBuiltCli(['rules', '--format', 'sarif'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are text, json, markdown.');
    const p = runBuiltCli(['rules', '--profile', 'strict'], { cwd });
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('Unknown profile "strict". Available profiles: pss-baseline, pss-restricted, recommended.');
  });
});
