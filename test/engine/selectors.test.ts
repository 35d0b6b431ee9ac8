import { describeSelector, isEmptyLabelSelector, labelSelectorMatches, mapSelectorMatches } from '../../src/engine/selectors';

const LABELS = { app: 'web', tier: 'front' };

describe('labelSelectorMatches', () => {
  test('null/missing selects nothing, {} selects everything', () => {
    expect(labelSelectorMatches(undefined, LABELS)).toBe(false);
    expect(labelSelectorMatches(null, LABELS)).toBe(false);
    expect(labelSelectorMatches({}, LABELS)).toBe(true);
    expect(isEmptyLabelSelector({})).toBe(true);
    expect(isEmptyLabelSelector({ matchLabels: {}, matchExpressions: [] })).toBe(true);
    expect(isEmptyLabelSelector(undefined)).toBe(false);
  });

  test('matchLabels must all match', () => {
    expect(labelSelectorMatches({ matchLabels: { app: 'web' } }, LABELS)).toBe(true);
    expect(labelSelectorMatches({ matchLabels: { app: 'web', tier: 'back' } }, LABELS)).toBe(false);
    expect(labelSelectorMatches({ matchLabels: { missing: 'x' } }, LABELS)).toBe(false);
  });

  test.each([
    [{ key: 'tier', operator: 'In', values: ['front', 'back'] }, true],
    [{ key: 'tier', operator: 'In', values: ['back'] }, false],
    [{ key: 'zone', operator: 'In', values: ['a'] }, false],
    [{ key: 'tier', operator: 'NotIn', values: ['back'] }, true],
    [{ key: 'tier', operator: 'NotIn', values: ['front'] }, false],
    [{ key: 'zone', operator: 'NotIn', values: ['a'] }, true],
    [{ key: 'app', operator: 'Exists' }, true],
    [{ key: 'zone', operator: 'Exists' }, false],
    [{ key: 'zone', operator: 'DoesNotExist' }, true],
    [{ key: 'app', operator: 'DoesNotExist' }, false],
    [{ key: 'app', operator: 'Equals', values: ['web'] }, false],
  ])('matchExpressions %j → %s', (expr, expected) => {
    expect(labelSelectorMatches({ matchExpressions: [expr] }, LABELS)).toBe(expected);
  });

  test('matchLabels and matchExpressions are ANDed', () => {
    expect(labelSelectorMatches({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, LABELS)).toBe(false);
  });
});

describe('mapSelectorMatches', () => {
  test('an empty or missing map selects nothing; otherwise every pair must match', () => {
    expect(mapSelectorMatches({}, LABELS)).toBe(false);
    expect(mapSelectorMatches(undefined, LABELS)).toBe(false);
    expect(mapSelectorMatches({ app: 'web' }, LABELS)).toBe(true);
    expect(mapSelectorMatches({ app: 'api' }, LABELS)).toBe(false);
  });
});

test('describeSelector renders both selector styles', () => {
  expect(describeSelector({ app: 'web' })).toBe('app=web');
  expect(describeSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] })).toBe('app=web, tier In (a, b)');
  expect(describeSelector({})).toBe('an empty selector');
});
