import { checkManifests } from '../../src/engine/check';
import { SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { Finding } from '../../src/engine/types';
import { parseSuppressionsFile } from '../../src/input/suppressions-file';
import { customProfile } from '../../src/profiles/custom';
import { getProfile } from '../../src/profiles/registry';
import { pod } from '../support/manifests';

const NOW = new Date('2026-06-01T00:00:00Z');

function privilegedPod(annotation?: unknown, name = 'agent') {
  const metadata: Record<string, unknown> = { name, namespace: 'ops' };
  if (annotation !== undefined) metadata.annotations = { [SUPPRESSION_ANNOTATION]: typeof annotation === 'string' ? annotation : JSON.stringify(annotation) };
  return pod(
    {
      containers: [
        { name: 'agent', image: 'registry.example.com/agent:1.0', securityContext: { privileged: true } },
        { name: 'sidecar', image: 'registry.example.com/sidecar:1.0', securityContext: { privileged: true } },
      ],
    },
    metadata,
  );
}

function check(manifests: unknown[], extra: Parameters<typeof checkManifests>[1] = {}): Finding[] {
  return [...checkManifests(manifests.map((manifest) => ({ manifest })), { profile: 'pss-baseline', now: NOW, ...extra }).findings];
}

const REASON = 'Node agent needs host devices; approved in SEC-123';

describe('suppressions', () => {
  test('an annotation suppresses the named rule and records reason and source', () => {
    const findings = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON }])]);
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.suppressed).toEqual({ reason: REASON, source: 'annotation' });
  });

  test('appliesTo narrows the suppression to one container', () => {
    const findings = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON, containers: ['agent'] }])]);
    expect(findings.map((f) => [f.container, !!f.suppressed])).toEqual([
      ['agent', true],
      ['sidecar', false],
    ]);
  });

  test('an expired suppression no longer suppresses and the finding says when it expired', () => {
    const [first] = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON, until: '2026-05-31' }])]);
    expect(first.suppressed).toBeUndefined();
    expect(first.expiredSuppression).toEqual({ reason: REASON, until: '2026-05-31', source: 'annotation' });
    expect(first.message).toContain('suppression expired on 2026-05-31');
  });

  test('a suppression is valid through the whole day it names', () => {
    const findings = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON, until: '2026-06-01' }])]);
    expect(findings.every((f) => f.suppressed)).toBe(true);
  });

  test.each([
    [[{ rules: ['pss-privileged'], reason: 'ok' }], /reason/],
    [[{ rules: ['*'], reason: REASON }], /wildcard/],
    [[{ rules: [], reason: REASON }], /at least one rule id/],
    [[{ rules: ['pss-privileged'], reason: REASON, until: 'next year' }], /ISO date/],
    ['{not yaml', /not valid YAML/],
  ])('an invalid annotation %j is reported and ignored', (annotation, problem) => {
    const findings = check([privilegedPod(annotation)]);
    const invalid = findings.filter((f) => f.ruleId === 'suppression-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0].severity).toBe('error');
    expect(invalid[0].message).toMatch(problem);
    expect(invalid[0].path).toBe(`/metadata/annotations/${SUPPRESSION_ANNOTATION.replace('/', '~1')}`);
    expect(findings.filter((f) => f.ruleId === 'pss-privileged' && !f.suppressed)).toHaveLength(2);
  });

  test('a suppression that matched nothing is reported, as a warning by default or as an error', () => {
    const manifests = [privilegedPod([{ rules: ['pss-privileged', 'pss-host-ports'], reason: REASON }])];
    const unused = check(manifests).filter((f) => f.ruleId === 'suppression-unused');
    expect(unused.map((f) => [f.severity, f.message])).toEqual([
      ['warning', `Suppression of pss-host-ports declared at annotation ("${REASON}") matched no finding`],
    ]);
    expect(check(manifests, { unusedSuppressions: 'error' }).find((f) => f.ruleId === 'suppression-unused')?.severity).toBe('error');
    expect(check(manifests, { unusedSuppressions: 'off' }).find((f) => f.ruleId === 'suppression-unused')).toBeUndefined();
  });

  test('an unsuppressible rule stays reported and the attempt is an error', () => {
    const strict = customProfile({
      name: 'strict',
      extends: [getProfile('pss-baseline')],
      settings: { 'pss-privileged': { unsuppressible: true } },
    });
    const findings = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON }])], { profile: strict });
    expect(findings.filter((f) => f.ruleId === 'pss-privileged' && !f.suppressed)).toHaveLength(2);
    const refused = findings.filter((f) => f.ruleId === 'suppression-not-allowed');
    expect(refused).toHaveLength(1);
    expect(refused[0].message).toContain('Rule pss-privileged cannot be suppressed in profile strict');
  });

  test('a central file matches by kind, namespace and name, and reports entries that matched nothing', () => {
    const { selectors, errors } = parseSuppressionsFile(
      [
        'suppressions:',
        '  - kind: Pod',
        '    namespace: ops',
        '    name: agent',
        '    rules: [pss-privileged]',
        `    reason: ${REASON}`,
        '    until: 2026-12-31',
        '  - kind: Pod',
        '    name: nothing-here',
        '    rules: [pss-privileged]',
        `    reason: ${REASON}`,
      ].join('\n'),
      'exceptions.yaml',
    );
    expect(errors).toEqual([]);
    const findings = check([privilegedPod(undefined, 'agent'), privilegedPod(undefined, 'other')], { suppressionSelectors: selectors });
    const byName = (name: string) => findings.filter((f) => f.ruleId === 'pss-privileged' && f.resource.name === name);
    expect(byName('agent').map((f) => f.suppressed)).toEqual([
      { reason: REASON, until: '2026-12-31', source: 'file:exceptions.yaml:2' },
      { reason: REASON, until: '2026-12-31', source: 'file:exceptions.yaml:2' },
    ]);
    expect(byName('other').every((f) => !f.suppressed)).toBe(true);
    const unused = findings.filter((f) => f.ruleId === 'suppression-unused');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ file: 'exceptions.yaml', line: 8, resource: { kind: 'Suppression' } });
  });

  test('a suppressions file with a bad entry names the file and line', () => {
    const { errors } = parseSuppressionsFile('suppressions:\n  - kind: Pod\n    rules: [pss-privileged]\n    reason: short\n', 'exceptions.yaml');
    expect(errors).toEqual([{ file: 'exceptions.yaml', line: 2, message: expect.stringContaining('suppression 1: give a `reason`') }]);
  });
});
