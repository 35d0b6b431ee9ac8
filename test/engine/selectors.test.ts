import { describeSelector, isEmptyLabelSelector, labelMap, labelSelectorMatches, mapSelectorMatches, selectorKey, unmetRequirement } from '../../src/engine/selectors';

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

  test('a pair whose value is not a scalar never matches, even for a missing label', () => {
    expect(mapSelectorMatches({ app: 'web', zone: null }, LABELS)).toBe(false);
  });

  test('number and boolean values match their string form', () => {
    expect(mapSelectorMatches({ replicas: 3, canary: true }, { replicas: '3', canary: 'true' })).toBe(true);
  });

  test('only the selector\'s own pairs count: inherited ones neither select nor block', () => {
    const inheritedOnly = Object.create({ app: 'web' }) as Record<string, unknown>;
    expect(mapSelectorMatches(inheritedOnly, LABELS)).toBe(false);
    const blocking = Object.create({ app: 'api' }) as Record<string, unknown>;
    blocking.tier = LABELS.tier;
    expect(mapSelectorMatches(blocking, LABELS)).toBe(true);
  });
});

describe('labelMap', () => {
  test('keeps strings, turns numbers and booleans into strings, drops other values', () => {
    expect(labelMap({ app: 'web', replicas: 3, canary: true, owner: { team: 'a' }, zone: null })).toStrictEqual({ app: 'web', replicas: '3', canary: 'true' });
    expect(labelMap(undefined)).toStrictEqual({});
  });

  test('keeps only own labels, not ones inherited through the prototype', () => {
    const labels = Object.create({ team: 'payments' }) as Record<string, unknown>;
    labels.app = 'web';
    expect(labelMap(labels)).toStrictEqual({ app: 'web' });
  });
});

describe('unmetRequirement', () => {
  test('undefined when every requirement holds', () => {
    expect(unmetRequirement({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, LABELS)).toBeUndefined();
  });

  test('a missing selector is named', () => {
    expect(unmetRequirement(undefined, LABELS)).toBe('there is no selector');
  });

  test('names the first matchLabels pair that is not among the labels', () => {
    expect(unmetRequirement({ matchLabels: { app: 'web', tier: 'back', zone: 'a' } }, LABELS)).toBe('matchLabels tier=back is not among the pod labels');
    expect(unmetRequirement({ matchLabels: { replicas: 3 } }, { replicas: '3' })).toBeUndefined();
  });

  test('a matchLabels value that is not a scalar is shown as JSON and never met', () => {
    expect(unmetRequirement({ matchLabels: { zone: null } }, LABELS)).toBe('matchLabels zone=null is not among the pod labels');
    expect(unmetRequirement({ matchLabels: { app: ['web'] } }, LABELS)).toBe('matchLabels app=["web"] is not among the pod labels');
  });

  test.each([
    [{ key: 'tier', operator: 'In', values: ['back', 7, null] }, 'matchExpressions tier In back,7 does not hold for the pod labels'],
    [{ key: 'tier', operator: 'NotIn', values: ['front'] }, 'matchExpressions tier NotIn front does not hold for the pod labels'],
    [{ key: 'zone', operator: 'Exists' }, 'matchExpressions zone Exists does not hold for the pod labels'],
    [{ key: 'app', operator: 'DoesNotExist' }, 'matchExpressions app DoesNotExist does not hold for the pod labels'],
    [{ key: 'zone', operator: 'Equals', values: ['a'] }, 'matchExpressions zone Equals a does not hold for the pod labels'],
    [{ key: 'zone', values: ['a'] }, 'matchExpressions zone (no operator) a does not hold for the pod labels'],
    [{ operator: 'Exists' }, 'matchExpressions  Exists does not hold for the pod labels'],
  ])('describes the unmet expression %j', (expr, message) => {
    expect(unmetRequirement({ matchExpressions: [expr] }, LABELS)).toBe(message);
  });
});

test('describeSelector renders both selector styles', () => {
  expect(describeSelector({ app: 'web' })).toBe('app=web');
  expect(describeSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] })).toBe('app=web, tier In (a, b)');
  expect(describeSelector({})).toBe('an empty selector');
});

test('describeSelector with only matchLabels or only matchExpressions', () => {
  expect(describeSelector({ matchLabels: { app: 'web' } })).toBe('app=web');
  expect(describeSelector({ matchExpressions: [{ key: 'zone', operator: 'Exists' }] })).toBe('zone Exists');
});

test('describeSelector without a selector', () => {
  expect(describeSelector(undefined)).toBe('no selector');
});

test('describeSelector marks what it cannot read with ?', () => {
  expect(describeSelector({ app: { name: 'web' }, replicas: 3, canary: false })).toBe('app=?, replicas=3, canary=false');
  expect(describeSelector({ matchExpressions: [{ operator: 'Exists' }, { key: 'zone' }, { key: 'tier', operator: 'In', values: ['a', null, 2] }] })).toBe(
    '? Exists, zone ?, tier In (a, 2)',
  );
});

describe('selectorKey', () => {
  test('is the same for selectors that differ only in key order or in how a value is written', () => {
    expect(selectorKey('map', { app: 'web', tier: 'front' })).toBe(selectorKey('map', { tier: 'front', app: 'web' }));
    expect(selectorKey('map', { replicas: 2 })).toBe(selectorKey('map', { replicas: '2' }));
    const expression = { key: 'tier', operator: 'In', values: ['a'] };
    expect(selectorKey('labelSelector', { matchLabels: { b: '2', a: '1' }, matchExpressions: [expression] })).toBe(
      selectorKey('labelSelector', { matchExpressions: [{ values: ['a'], operator: 'In', key: 'tier' }], matchLabels: { a: '1', b: '2' } }),
    );
    // The matchers read a missing expression key as '' and ignore inherited properties.
    expect(selectorKey('labelSelector', { matchExpressions: [{ operator: 'Exists' }] })).toBe(selectorKey('labelSelector', { matchExpressions: [{ key: '', operator: 'Exists' }] }));
    const inherited = Object.assign(Object.create({ tier: 'front' }) as Record<string, string>, { app: 'web' });
    expect(mapSelectorMatches(inherited, { app: 'web' })).toBe(true);
    expect(selectorKey('map', inherited)).toBe(selectorKey('map', { app: 'web' }));
  });

  test.each([
    ['another value', { app: 'api' }],
    ['one more label', { app: 'web', tier: 'front' }],
    ['a label key that only looks the same', { 'app ': 'web' }],
    ['a value that never matches', { app: { nested: 'web' } }],
  ])('differs for %s', (_, other) => {
    expect(selectorKey('map', other)).not.toBe(selectorKey('map', { app: 'web' }));
    expect(selectorKey('labelSelector', { matchLabels: other })).not.toBe(selectorKey('labelSelector', { matchLabels: { app: 'web' } }));
  });

  test('tells expressions, operators, values, missing selectors and selector styles apart', () => {
    const keyOf = (matchExpressions: unknown) => selectorKey('labelSelector', { matchExpressions });
    const keys = [
      keyOf([{ key: 'tier', operator: 'In', values: ['a'] }]),
      keyOf([{ key: 'tier', operator: 'NotIn', values: ['a'] }]),
      keyOf([{ key: 'tier', operator: 'In', values: ['a', 'b'] }]),
      keyOf([{ key: 'zone', operator: 'In', values: ['a'] }]),
      keyOf([{ key: 'tier', values: ['a'] }]),
      keyOf([]),
      selectorKey('labelSelector', undefined),
      selectorKey('labelSelector', { matchLabels: { app: 'web' } }),
      selectorKey('map', { app: 'web' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    // `{}` selects every pod and a missing selector none: different keys.
    expect(selectorKey('labelSelector', {})).not.toBe(selectorKey('labelSelector', null));
  });

  test('equal keys mean equal matches', () => {
    const pods: Array<Record<string, string>> = [{ app: 'web', tier: 'front' }, { app: 'web' }, { app: '2' }, { tier: 'a' }, {}];
    const selectors = [{ app: 'web' }, { tier: 'front', app: 'web' }, { app: 2 }, { app: '2' }, { app: true }, {}];
    for (const a of selectors) {
      for (const b of selectors) {
        if (selectorKey('map', a) !== selectorKey('map', b)) continue;
        expect(pods.map((labels) => mapSelectorMatches(a, labels))).toEqual(pods.map((labels) => mapSelectorMatches(b, labels)));
        expect(pods.map((labels) => labelSelectorMatches({ matchLabels: a }, labels))).toEqual(pods.map((labels) => labelSelectorMatches({ matchLabels: b }, labels)));
      }
    }
  });
});
