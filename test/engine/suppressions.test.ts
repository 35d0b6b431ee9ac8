import { checkManifests } from '../../src/engine/check';
import { SUPPRESSION_ANNOTATION } from '../../src/engine/suppression-syntax';
import { SUPPRESSION_NOT_ALLOWED, SUPPRESSION_UNUSED } from '../../src/engine/governance';
import { isExpired, SuppressionMatcher } from '../../src/engine/suppressions';
import { parseKubernetesVersion } from '../../src/engine/version';
import { analyzeAll } from '../../src/engine/evaluate';
import { Finding, SuppressionSelector } from '../../src/engine/types';
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

describe('suppression expiry', () => {
  test('a date-only expiry lasts until the last millisecond of that day (UTC)', () => {
    expect(isExpired('2026-06-01', new Date('2026-06-01T18:00:00Z'))).toBe(false);
    expect(isExpired('2026-06-01', new Date('2026-06-01T23:59:59.999Z'))).toBe(false);
    expect(isExpired('2026-06-01', new Date('2026-06-02T00:00:00.000Z'))).toBe(true);
  });

  test('a full timestamp expires at that instant, not at the end of its day', () => {
    expect(isExpired('2026-06-01T12:00:00Z', new Date('2026-06-01T12:00:00.000Z'))).toBe(false);
    expect(isExpired('2026-06-01T12:00:00Z', new Date('2026-06-01T12:00:00.001Z'))).toBe(true);
  });

  test('no expiry never expires and an unreadable one counts as expired', () => {
    expect(isExpired(undefined, NOW)).toBe(false);
    expect(isExpired('2026-13-45', NOW)).toBe(true);
  });

  test('a suppression until a later time on the same day is active', () => {
    const findings = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON, until: '2026-06-01T12:00:00Z' }])]);
    expect(findings.map((f) => f.suppressed)).toEqual([
      { reason: REASON, until: '2026-06-01T12:00:00Z', source: 'annotation' },
      { reason: REASON, until: '2026-06-01T12:00:00Z', source: 'annotation' },
    ]);
  });
});

describe('suppression scope', () => {
  test('a suppression without an expiry records no until', () => {
    const [first] = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON }])]);
    expect(first.suppressed).toStrictEqual({ reason: REASON, source: 'annotation' });
  });

  test.each([
    ['the object under a path', ['/spec/containers/1'], [false, true]],
    ['the object under a path written with a trailing slash', ['/spec/containers/1/'], [false, true]],
    ['exactly the field', ['/spec/containers/0/securityContext/privileged'], [true, false]],
    ['any of several paths', ['/spec/volumes', '/spec/containers/0'], [true, false]],
    ['nothing when the path ends inside a field name', ['/spec/container'], [false, false]],
  ])('paths narrow the suppression to %s', (_what, paths, suppressed) => {
    const findings = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON, paths }])]).filter((f) => f.ruleId === 'pss-privileged');
    expect(findings.map((f) => [f.path, !!f.suppressed])).toEqual([
      ['/spec/containers/0/securityContext/privileged', suppressed[0]],
      ['/spec/containers/1/securityContext/privileged', suppressed[1]],
    ]);
  });
});

describe('central file selectors', () => {
  const selector = (fields: Partial<SuppressionSelector>): SuppressionSelector => ({ ruleIds: ['pss-privileged'], reason: REASON, source: 'file:exceptions.yaml:2', line: 2, ...fields });
  const agent = privilegedPod(undefined, 'agent');
  const web = pod({ containers: [{ name: 'web', image: 'registry.example.com/web:1.0', securityContext: { privileged: true } }] }, { name: 'web' });

  test.each([
    ['kind alone matches in every namespace', { kind: 'Pod' }, ['agent', 'web']],
    ['namespace alone matches any kind', { namespace: 'ops' }, ['agent']],
    ['namespace default matches objects without a namespace', { namespace: 'default' }, ['web']],
    ['name alone matches in any namespace', { name: 'agent' }, ['agent']],
    ['another kind matches nothing, even in the namespace', { kind: 'Deployment', namespace: 'ops' }, []],
    ['another namespace matches nothing, even of the kind', { kind: 'Pod', namespace: 'staging' }, []],
  ])('%s', (_what, fields, suppressedNames) => {
    const findings = check([agent, web], { suppressionSelectors: [selector(fields)] });
    const suppressed = findings.filter((f) => f.ruleId === 'pss-privileged' && f.suppressed).map((f) => f.resource.name);
    expect([...new Set(suppressed)]).toEqual(suppressedNames);
  });

  test('an entry matching several objects that suppressed nothing is reported once, at the first object', () => {
    const findings = check([privilegedPod(undefined, 'agent'), privilegedPod(undefined, 'other')], {
      suppressionSelectors: [selector({ kind: 'Pod', ruleIds: ['pss-host-ports'] })],
    });
    expect(findings.filter((f) => f.ruleId === 'suppression-unused')).toStrictEqual([
      {
        ruleId: 'suppression-unused',
        severity: 'warning',
        message: `Suppression of pss-host-ports declared at file:exceptions.yaml:2 ("${REASON}") matched no finding`,
        remediation: SUPPRESSION_UNUSED.remediation,
        resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'ops', name: 'agent' },
        path: '/metadata',
      },
    ]);
  });

  test('an entry that matched no object is reported on the entry, with its file and line', () => {
    const { selectors, errors } = parseSuppressionsFile(
      [
        'suppressions:',
        '  - name: agent',
        '    rules: [pss-privileged]',
        `    reason: ${REASON}`,
        '  - name: agent',
        '    rules: [pss-host-ports]',
        `    reason: ${REASON}`,
        '  - name: agent',
        '    rules: [pss-host-path]',
        `    reason: ${REASON}`,
        '  - kind: Pod',
        '    name: retired',
        '    rules: [pss-privileged]',
        `    reason: ${REASON}`,
      ].join('\n'),
      'reviews/2026-06-01T10:30/exceptions.yaml',
    );
    expect(errors).toEqual([]);
    const unused = check([agent], { suppressionSelectors: selectors, unusedSuppressions: 'error' }).filter((f) => f.ruleId === 'suppression-unused');
    expect(unused.at(-1)).toStrictEqual({
      ruleId: 'suppression-unused',
      severity: 'error',
      message: `Suppression of pss-privileged declared at file:reviews/2026-06-01T10:30/exceptions.yaml:11 ("${REASON}") matched no finding`,
      remediation: SUPPRESSION_UNUSED.remediation,
      resource: { apiVersion: 'cdk8s-guardrails/v1', kind: 'Suppression', name: 'file:reviews/2026-06-01T10:30/exceptions.yaml:11' },
      path: '',
      file: 'reviews/2026-06-01T10:30/exceptions.yaml',
      line: 11,
      column: 1,
    });
  });

  test('an entry given in code without kind or line that matched no object is reported under its source, without a file', () => {
    const selectors: SuppressionSelector[] = [{ namespace: 'retired', ruleIds: ['pss-privileged'], reason: REASON, source: 'platform-policy' }];
    const unused = check([agent], { suppressionSelectors: selectors }).filter((f) => f.ruleId === 'suppression-unused');
    expect(unused).toStrictEqual([
      {
        ruleId: 'suppression-unused',
        severity: 'warning',
        message: `Suppression of pss-privileged declared at platform-policy ("${REASON}") matched no finding`,
        remediation: SUPPRESSION_UNUSED.remediation,
        resource: { apiVersion: 'cdk8s-guardrails/v1', kind: 'Suppression', name: 'platform-policy' },
        path: '',
      },
    ]);
  });
});

describe('findings about suppressions', () => {
  const declaredBy = (source: string) => [{ rules: ['pss-privileged', 'pss-host-ports'], reason: REASON, declaredAt: source }];

  test('are placed on the annotation with the position, document and construct of the object', () => {
    const pointers: string[] = [];
    const positionOf = (pointer: string) => {
      pointers.push(pointer);
      return { line: 4, column: 7 };
    };
    const report = checkManifests(
      [{ manifest: privilegedPod(declaredBy('construct:App/Chart/Agent')), provenance: { file: 'agent.yaml', documentIndex: 2, constructPath: 'App/Chart/Agent', positionOf } }],
      { profile: 'pss-baseline', now: NOW },
    );
    const annotationPath = `/metadata/annotations/${SUPPRESSION_ANNOTATION.replace('/', '~1')}`;
    expect(report.findings.filter((f) => f.ruleId === 'suppression-unused')).toStrictEqual([
      {
        ruleId: 'suppression-unused',
        severity: 'warning',
        message: `Suppression of pss-host-ports declared at construct:App/Chart/Agent ("${REASON}") matched no finding`,
        remediation: SUPPRESSION_UNUSED.remediation,
        resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'ops', name: 'agent' },
        path: annotationPath,
        file: 'agent.yaml',
        documentIndex: 2,
        line: 4,
        column: 7,
        constructPath: 'App/Chart/Agent',
      },
    ]);
    expect(pointers).toContain(annotationPath);
  });

  test('without provenance they carry no file, document, position or construct', () => {
    const unused = check([privilegedPod(declaredBy('annotation'))]).filter((f) => f.ruleId === 'suppression-unused');
    expect(unused).toStrictEqual([
      {
        ruleId: 'suppression-unused',
        severity: 'warning',
        message: `Suppression of pss-host-ports declared at annotation ("${REASON}") matched no finding`,
        remediation: SUPPRESSION_UNUSED.remediation,
        resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'ops', name: 'agent' },
        path: `/metadata/annotations/${SUPPRESSION_ANNOTATION.replace('/', '~1')}`,
      },
    ]);
  });

  test('a suppression given with the input (not in the annotation) is reported on the metadata', () => {
    const report = checkManifests(
      [{ manifest: privilegedPod(), suppressions: [{ ruleIds: ['pss-host-ports'], reason: REASON, source: 'pipeline:deploy-gate' }] }],
      { profile: 'pss-baseline', now: NOW },
    );
    expect(report.findings.filter((f) => f.ruleId === 'suppression-unused').map((f) => [f.path, f.message])).toEqual([
      ['/metadata', `Suppression of pss-host-ports declared at pipeline:deploy-gate ("${REASON}") matched no finding`],
    ]);
  });

  test('an attempt to suppress an unsuppressible rule names the rule, profile, declaration and reason', () => {
    const strict = customProfile({ name: 'strict', extends: [getProfile('pss-baseline')], settings: { 'pss-privileged': { unsuppressible: true } } });
    const refused = check([privilegedPod([{ rules: ['pss-privileged'], reason: REASON }])], { profile: strict }).filter((f) => f.ruleId === 'suppression-not-allowed');
    expect(refused).toStrictEqual([
      {
        ruleId: 'suppression-not-allowed',
        severity: 'error',
        message: `Rule pss-privileged cannot be suppressed in profile strict; the suppression declared at annotation ("${REASON}") is ignored`,
        remediation: SUPPRESSION_NOT_ALLOWED.remediation,
        resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'ops', name: 'agent' },
        path: `/metadata/annotations/${SUPPRESSION_ANNOTATION.replace('/', '~1')}`,
      },
    ]);
  });
});

describe('one declaration on several objects', () => {
  test('the same annotation on two objects is one declaration, reported once at the first object', () => {
    const annotation = [{ rules: ['pss-privileged', 'pss-host-ports'], reason: REASON }];
    const unused = check([privilegedPod(annotation, 'first'), privilegedPod(annotation, 'second')]).filter((f) => f.ruleId === 'suppression-unused');
    expect(unused.map((f) => [f.resource.name, f.message])).toEqual([['first', `Suppression of pss-host-ports declared at annotation ("${REASON}") matched no finding`]]);
  });

  test('declarations that differ only in their expiry stay separate', () => {
    const findings = check([
      privilegedPod([{ rules: ['pss-privileged'], reason: REASON, until: '2026-12-31' }], 'current'),
      privilegedPod([{ rules: ['pss-privileged'], reason: REASON, until: '2026-05-01' }], 'lapsed'),
    ]).filter((f) => f.ruleId === 'pss-privileged');
    expect(findings.map((f) => [f.resource.name, f.suppressed?.until, f.expiredSuppression?.until])).toEqual([
      ['current', '2026-12-31', undefined],
      ['current', '2026-12-31', undefined],
      ['lapsed', undefined, '2026-05-01'],
      ['lapsed', undefined, '2026-05-01'],
    ]);
  });

  test('declarations that differ only in their scope stay separate', () => {
    const findings = check([
      privilegedPod([{ rules: ['pss-privileged'], reason: REASON, containers: ['agent'] }], 'first'),
      privilegedPod([{ rules: ['pss-privileged'], reason: REASON, containers: ['sidecar'] }], 'second'),
    ]).filter((f) => f.ruleId === 'pss-privileged');
    expect(findings.map((f) => [f.resource.name, f.container, !!f.suppressed])).toEqual([
      ['first', 'agent', true],
      ['first', 'sidecar', false],
      ['second', 'agent', false],
      ['second', 'sidecar', true],
    ]);
  });
});

describe('SuppressionMatcher', () => {
  test('apply leaves a finding on an object no suppression reaches unchanged', () => {
    const objects = analyzeAll([{ manifest: privilegedPod([{ rules: ['pss-privileged'], reason: REASON }], 'covered') }, { manifest: privilegedPod(undefined, 'plain') }]);
    const matcher = new SuppressionMatcher(objects, getProfile('pss-baseline').resolve(parseKubernetesVersion('latest')), { now: NOW });
    const finding: Finding = {
      ruleId: 'pss-privileged',
      severity: 'error',
      message: 'Container agent is privileged',
      remediation: 'Remove privileged',
      resource: objects[1].ref,
      path: '/spec/containers/0/securityContext/privileged',
    };
    expect(matcher.covers(objects[1])).toBe(false);
    expect(matcher.apply(finding, objects[1])).toBe(finding);
  });
});
