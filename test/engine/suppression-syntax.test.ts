import {
  parseSuppressionAnnotation,
  readSuppressionEntry,
  serializeSuppressionAnnotation,
  suppressionProblems,
  SUPPRESSION_ANNOTATION,
} from '../../src/engine/suppression-syntax';
import { Suppression } from '../../src/engine/types';

const REASON = 'Node agent needs host devices; approved in SEC-123';
const REASON_PROBLEM = 'give a `reason` of at least 10 letters or digits explaining why the risk is accepted';
const untilProblem = (got: string) => `\`until\` must be an ISO date such as 2027-01-31 (got ${got})`;

describe('suppressionProblems', () => {
  test('a complete suppression has no problems', () => {
    expect(suppressionProblems(['pss-privileged'], REASON, '2027-01-31')).toEqual([]);
    expect(suppressionProblems(['pss-privileged'], REASON, undefined)).toEqual([]);
  });

  test('a rule id must be a non-blank string', () => {
    expect(suppressionProblems([42, '   ', 'pss-privileged'], REASON, undefined)).toEqual([
      'rule id 42 is not a rule id',
      'rule id "   " is not a rule id',
    ]);
  });

  test('a reason needs at least ten letters or digits', () => {
    expect(suppressionProblems(['pss-privileged'], 'abcde12345', undefined)).toEqual([]);
    expect(suppressionProblems(['pss-privileged'], '1234567890', undefined)).toEqual([]);
    expect(suppressionProblems(['pss-privileged'], 'abcde1234', undefined)).toEqual([REASON_PROBLEM]);
    expect(suppressionProblems(['pss-privileged'], '-- ... -- ... -- !!', undefined)).toEqual([REASON_PROBLEM]);
  });

  test('a reason that is not a string counts as missing', () => {
    expect(suppressionProblems(['pss-privileged'], undefined, undefined)).toEqual([REASON_PROBLEM]);
    expect(suppressionProblems(['pss-privileged'], 12345678901, undefined)).toEqual([REASON_PROBLEM]);
  });

  test.each([
    ['2027/01/31', '"2027/01/31"'],
    ['2027-1-31', '"2027-1-31"'],
    ['2027-01-3', '"2027-01-3"'],
    [' 2027-01-31', '" 2027-01-31"'],
    ['2027-13-45', '"2027-13-45"'],
  ])('until %j is not an ISO date', (until, got) => {
    expect(suppressionProblems(['pss-privileged'], REASON, until)).toEqual([untilProblem(got)]);
  });

  test('until must be a string, even when it reads as a date', () => {
    expect(suppressionProblems(['pss-privileged'], REASON, ['2027-01-31'])).toEqual([untilProblem('["2027-01-31"]')]);
  });
});

describe('readSuppressionEntry', () => {
  test('an entry that is not a mapping is refused', () => {
    expect(readSuppressionEntry('pss-privileged')).toStrictEqual({
      problems: ['each suppression must be a mapping with `rules` and `reason`'],
    });
  });

  test('an entry without rules asks for one rule id', () => {
    expect(readSuppressionEntry({ reason: REASON })).toStrictEqual({ problems: ['name at least one rule id in `rules`'] });
  });

  test('a single rule id may be written without a list; the reason is trimmed; no until or scope is added', () => {
    expect(readSuppressionEntry({ rules: 'pss-privileged', reason: `  ${REASON}\n` })).toStrictEqual({
      problems: [],
      fields: { ruleIds: ['pss-privileged'], reason: REASON },
    });
  });

  test('a YAML date in until is read as its calendar day', () => {
    expect(readSuppressionEntry({ rules: ['pss-privileged'], reason: REASON, until: new Date('2027-01-31T00:00:00Z') })).toStrictEqual({
      problems: [],
      fields: { ruleIds: ['pss-privileged'], reason: REASON, until: '2027-01-31' },
    });
  });

  test('containers and paths become the scope, keeping only strings', () => {
    expect(
      readSuppressionEntry({ rules: ['pss-privileged'], reason: REASON, containers: ['agent', 7], paths: ['/spec/volumes', null] }),
    ).toStrictEqual({
      problems: [],
      fields: { ruleIds: ['pss-privileged'], reason: REASON, appliesTo: { containers: ['agent'], paths: ['/spec/volumes'] } },
    });
  });

  test('a scope of only containers or only paths names just that part', () => {
    expect(readSuppressionEntry({ rules: ['pss-privileged'], reason: REASON, containers: 'agent' }).fields?.appliesTo).toStrictEqual({ containers: ['agent'] });
    expect(readSuppressionEntry({ rules: ['pss-privileged'], reason: REASON, paths: '/spec/volumes' }).fields?.appliesTo).toStrictEqual({ paths: ['/spec/volumes'] });
  });

  test('a scope without any string is no scope', () => {
    expect(readSuppressionEntry({ rules: ['pss-privileged'], reason: REASON, containers: [1], paths: [2] })).toStrictEqual({
      problems: [],
      fields: { ruleIds: ['pss-privileged'], reason: REASON },
    });
  });
});

describe('parseSuppressionAnnotation', () => {
  test('a single mapping is one suppression from the annotation', () => {
    expect(parseSuppressionAnnotation(JSON.stringify({ rules: ['pss-privileged'], reason: REASON }))).toStrictEqual({
      suppressions: [{ ruleIds: ['pss-privileged'], reason: REASON, source: 'annotation' }],
      problems: [],
    });
  });

  test('problems name the entry they belong to, counting from 1', () => {
    const value = JSON.stringify([{ rules: ['pss-privileged'], reason: REASON }, { rules: ['pss-*'], reason: REASON }]);
    expect(parseSuppressionAnnotation(value)).toStrictEqual({
      suppressions: [{ ruleIds: ['pss-privileged'], reason: REASON, source: 'annotation' }],
      problems: ['entry 2: rule id "pss-*" has a wildcard; wildcards would hide future findings, so name each rule id'],
    });
  });

  test('invalid YAML/JSON is reported with the first line of the parser error', () => {
    expect(parseSuppressionAnnotation('[{"rules": ["pss-privileged"], "reason": "approved in SEC-123"}')).toStrictEqual({
      suppressions: [],
      problems: [`the ${SUPPRESSION_ANNOTATION} annotation is not valid YAML/JSON: Flow sequence must end with a ] at line 1, column 64:`],
    });
  });

  test('a YAML alias bomb is refused instead of expanded', () => {
    const value = [
      '- rules: [pss-privileged]',
      `  reason: ${REASON}`,
      '  a: &a [lol, lol, lol, lol]',
      '  b: &b [*a, *a, *a, *a]',
      '  c: [*b, *b, *b, *b]',
    ].join('\n');
    expect(parseSuppressionAnnotation(value)).toStrictEqual({
      suppressions: [],
      problems: [`the ${SUPPRESSION_ANNOTATION} annotation is not valid YAML/JSON: Excessive alias count indicates a resource exhaustion attack`],
    });
  });
});

describe('serializeSuppressionAnnotation', () => {
  const full: Suppression = {
    ruleIds: ['pss-privileged'],
    reason: REASON,
    until: '2027-01-31',
    appliesTo: { containers: ['agent'], paths: ['/spec/volumes'] },
    source: 'construct:App/Chart/Agent',
  };

  test('writes one JSON line with every field in a stable order', () => {
    expect(serializeSuppressionAnnotation([full, { ruleIds: ['pss-host-ports'], reason: REASON, source: 'annotation' }])).toBe(
      '[{"rules":["pss-privileged"],"reason":"' + REASON + '","until":"2027-01-31","containers":["agent"],"paths":["/spec/volumes"],"declaredAt":"construct:App/Chart/Agent"},' +
        '{"rules":["pss-host-ports"],"reason":"' + REASON + '","declaredAt":"annotation"}]',
    );
  });

  test('what it writes parses back to the same suppressions', () => {
    expect(parseSuppressionAnnotation(serializeSuppressionAnnotation([full]))).toStrictEqual({ suppressions: [full], problems: [] });
  });
});

test('the annotation key is the documented one, since users write it into manifests by hand', () => {
  expect(SUPPRESSION_ANNOTATION).toBe('cdk8s-guardrails/suppressions');
});
