import { blockingFindings, FailOn, Finding, meetsThreshold, Report, Severity } from '../../src/engine/types';

describe('meetsThreshold', () => {
  test.each([
    ['error', 'error', true],
    ['warning', 'error', false],
    ['info', 'error', false],
    ['error', 'warning', true],
    ['warning', 'warning', true],
    ['info', 'warning', false],
    ['error', 'info', true],
    ['warning', 'info', true],
    ['info', 'info', true],
    ['error', 'never', false],
    ['warning', 'never', false],
    ['info', 'never', false],
  ] as Array<[Severity, FailOn, boolean]>)('%s findings with failOn %s → %s', (severity, failOn, expected) => {
    expect(meetsThreshold(severity, failOn)).toBe(expected);
  });
});

describe('blockingFindings', () => {
  const finding = (ruleId: string, severity: Severity, suppressed = false): Finding => ({
    ruleId,
    severity,
    message: `${ruleId} message`,
    remediation: 'fix it',
    resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
    path: '/spec',
    ...(suppressed ? { suppressed: { reason: 'accepted', source: 'annotation' } } : {}),
  });
  const findings = [
    finding('e1', 'error'),
    finding('w1', 'warning'),
    finding('i1', 'info'),
    finding('e2', 'error', true),
    finding('w2', 'warning', true),
  ];
  const report: Report = {
    profile: 'test',
    kubernetesVersion: 'latest',
    findings,
    summary: { objects: 1, error: 1, warning: 1, info: 1, suppressed: 2 },
  };

  test.each([
    ['error', ['e1']],
    ['warning', ['e1', 'w1']],
    ['info', ['e1', 'w1', 'i1']],
    ['never', []],
  ] as Array<[FailOn, string[]]>)('failOn %s blocks the unsuppressed findings %j, in report order', (failOn, ids) => {
    const blocking = blockingFindings(report, failOn);
    expect(blocking.map((f) => f.ruleId)).toEqual(ids);
    for (const f of blocking) expect(f).toBe(findings.find((g) => g.ruleId === f.ruleId));
  });

  test('suppressed findings never block', () => {
    const allSuppressed: Report = { ...report, findings: [finding('e2', 'error', true)] };
    expect(blockingFindings(allSuppressed, 'info')).toEqual([]);
  });
});
