import { makeTree, runBuiltCli } from './run-cli';

const REASON = 'Node agent reads host devices, approved in SEC-7';

const POD = (name: string, annotation = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ops
${annotation}spec:
  containers:
    - name: agent
      image: registry.example.com/agent:1.0.0
      securityContext:
        privileged: true
`;

function check(files: Record<string, string>, ...args: string[]) {
  const dir = makeTree(files);
  const result = runBuiltCli(['check', '--profile', 'pss-baseline', '--format', 'json', ...args, '.'], { cwd: dir });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('CLI suppressions', () => {
  test('an annotation with a reason suppresses the finding, which stays in the report with its reason', () => {
    const annotation = `  annotations:\n    cdk8s-guardrails/suppressions: '[{"rules": ["pss-privileged"], "reason": "${REASON}", "until": "2099-12-31"}]'\n`;
    const { code, report } = check({ 'agent.yaml': POD('agent', annotation) });
    expect(code).toBe(0);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'pss-privileged', suppressed: { reason: REASON, until: '2099-12-31', source: 'annotation' } }),
    ]);
  });

  test('an annotation without a real reason is an error and suppresses nothing', () => {
    const annotation = `  annotations:\n    cdk8s-guardrails/suppressions: '[{"rules": ["pss-privileged"], "reason": "ok"}]'\n`;
    const { code, report } = check({ 'agent.yaml': POD('agent', annotation) });
    expect(code).toBe(1);
    expect(report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([
      ['suppression-invalid', 7],
      ['pss-privileged', 13],
    ]);
  });

  test('a central file suppresses by kind, namespace and name; unused entries fail with --unused-suppressions error', () => {
    const file = [
      'suppressions:',
      '  - {kind: Pod, namespace: ops, name: agent, rules: [pss-privileged], reason: "' + REASON + '"}',
      '  - {kind: Pod, name: gone, rules: [pss-privileged], reason: "' + REASON + '"}',
      '',
    ].join('\n');
    const files = { 'manifests/agent.yaml': POD('agent'), 'exceptions.yaml': file };
    const dir = makeTree(files);
    const run = (...extra: string[]) => runBuiltCli(['check', '--profile', 'pss-baseline', '--format', 'json', '--suppressions', 'exceptions.yaml', ...extra, 'manifests'], { cwd: dir });
    const lenient = run();
    expect(lenient.code).toBe(0);
    const findings = JSON.parse(lenient.stdout).findings;
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'pss-privileged').suppressed).toEqual({ reason: REASON, source: 'file:exceptions.yaml:2' });
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'suppression-unused')).toMatchObject({ severity: 'warning', file: 'exceptions.yaml', line: 3 });
    expect(run('--unused-suppressions', 'error').code).toBe(1);
  });

  test('suppressed findings appear in SARIF with their justification', () => {
    const annotation = `  annotations:\n    cdk8s-guardrails/suppressions: '[{"rules": ["pss-privileged"], "reason": "${REASON}"}]'\n`;
    const dir = makeTree({ 'agent.yaml': POD('agent', annotation) });
    const sarif = JSON.parse(runBuiltCli(['check', '--profile', 'pss-baseline', '--format', 'sarif', 'agent.yaml'], { cwd: dir }).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: `${REASON}; declared at annotation` }]);
  });
});
