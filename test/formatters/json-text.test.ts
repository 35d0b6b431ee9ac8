import { formatJson, formatReport, formatText, JSON_REPORT_VERSION } from '../../src/formatters';
import { sampleRun } from './sample-run';

describe('JSON formatter', () => {
  test('versioned shape with findings, input errors and a summary that counts failing findings', () => {
    const json = JSON.parse(formatJson(sampleRun({ withErrors: true, failOn: 'error' })));
    expect(Object.keys(json)).toEqual(['version', 'profile', 'kubernetesVersion', 'failOn', 'findings', 'errors', 'summary']);
    expect(json.version).toBe(JSON_REPORT_VERSION);
    expect(json).toMatchObject({ version: 1, profile: 'sample', kubernetesVersion: 'latest', failOn: 'error' });
    expect(json.summary).toEqual({ objects: 3, error: 3, warning: 0, info: 0, suppressed: 1, failing: 3, errors: 1 });
    expect(json.errors).toEqual([{ file: 'manifests/broken.yaml', line: 4, column: 3, message: 'Nested mappings are not allowed in compact mappings' }]);
    expect(json.findings[1]).toMatchObject({ ruleId: 'pss-privileged', file: 'manifests/app.yaml', line: 11, column: 9, container: 'app' });
    expect(json.findings[3].suppressed).toEqual({ reason: 'Node agent needs host devices (SEC-1)', source: 'annotation' });
    expect(JSON.parse(formatJson(sampleRun({ failOn: 'never' }))).summary.failing).toBe(0);
  });
});

describe('text formatter', () => {
  test('one line per finding and input error, then the summary; no colour unless asked', () => {
    const text = formatText(sampleRun({ withErrors: true }));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('input-error manifests/broken.yaml:4:3: Nested mappings are not allowed in compact mappings');
    expect(lines[2]).toBe(
      'error       [pss-privileged] Pod team/web (manifests/app.yaml:11:9) at /spec/containers/0/securityContext/privileged: container "app" sets securityContext.privileged=true. Fix: Remove `securityContext.privileged` or set it to `false` on every container, init container and ephemeral container.',
    );
    expect(lines[4]).toMatch(/^suppressed  \[pss-privileged\] Deployment ops\/agent .* \(suppressed: "Node agent needs host devices \(SEC-1\)"; declared at annotation\)$/);
    expect(lines[5]).toBe('3 object(s) checked with sample (Kubernetes latest): 3 error(s), 0 warning(s), 0 info, 1 suppressed; 3 at or above error; 1 input error(s).');
    expect(text).not.toContain('\u001b[');
    expect(formatText(sampleRun(), { color: true })).toContain('\u001b[31merror      \u001b[0m [pss-privileged]');
  });

  test('formatReport keeps working on a bare report for every format', () => {
    const { report } = sampleRun();
    for (const format of ['text', 'json', 'sarif', 'junit', 'markdown'] as const) {
      expect(formatReport(report, format, { failOn: 'warning' })).toContain('pss-privileged');
    }
    expect(JSON.parse(formatReport(report, 'json', { failOn: 'warning' })).errors).toEqual([]);
  });
});
