import * as fc from 'fast-check';
import { LabelIndex } from '../../src/engine/label-index';
import { Labels, labelSelectorMatches, mapSelectorMatches } from '../../src/engine/selectors';

interface Item {
  readonly id: number;
  readonly labels: Labels;
}

const key = fc.constantFrom('app', 'tier', 'cdk8s.io/metadata.addr', 'a\u0000b');
const value = fc.constantFrom('web', 'db', '1', '', 'b\u0000c');
const labels = fc.dictionary(key, value, { maxKeys: 3 });
const items = fc.array(labels, { maxLength: 12 }).map((list) => list.map((l, id): Item => ({ id, labels: l })));
// Selector values include numbers, booleans and objects, as hand-written YAML may carry them.
const selectorValue = fc.oneof(value, fc.constant(1), fc.constant(true), fc.constant({}), fc.constant(null));
const mapSelector = fc.oneof(fc.dictionary(key, selectorValue, { maxKeys: 3 }), fc.constant(undefined), fc.constant(null), fc.constant('app=web'));
const expression = fc.record({
  key,
  operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'Bogus'),
  values: fc.array(value, { maxLength: 2 }),
});
const labelSelector = fc.oneof(
  fc.record({ matchLabels: fc.dictionary(key, selectorValue, { maxKeys: 3 }), matchExpressions: fc.array(expression, { maxLength: 2 }) }, { requiredKeys: [] }),
  fc.constant(undefined),
  fc.constant(null),
);

describe('LabelIndex', () => {
  test('map selectors: candidates filtered by the real match equal a full scan, in input order', () => {
    fc.assert(
      fc.property(items, mapSelector, (list, selector) => {
        const index = new LabelIndex(list, (i) => i.labels);
        const fast = index.candidatesForMap(selector).filter((i) => mapSelectorMatches(selector, i.labels));
        expect(fast.map((i) => i.id)).toEqual(list.filter((i) => mapSelectorMatches(selector, i.labels)).map((i) => i.id));
      }),
      { numRuns: 2000 },
    );
  });

  test('LabelSelectors: candidates filtered by the real match equal a full scan, in input order', () => {
    fc.assert(
      fc.property(items, labelSelector, (list, selector) => {
        const index = new LabelIndex(list, (i) => i.labels);
        const fast = index.candidatesForLabelSelector(selector).filter((i) => labelSelectorMatches(selector, i.labels));
        expect(fast.map((i) => i.id)).toEqual(list.filter((i) => labelSelectorMatches(selector, i.labels)).map((i) => i.id));
      }),
      { numRuns: 2000 },
    );
  });

  test('narrows to the items carrying the rarest required label', () => {
    const list: Item[] = Array.from({ length: 100 }, (_, id) => ({ id, labels: { app: `web-${id}`, tier: 'front' } }));
    const index = new LabelIndex(list, (i) => i.labels);
    expect(index.candidatesForMap({ tier: 'front', app: 'web-7' }).map((i) => i.id)).toEqual([7]);
    expect(index.candidatesForLabelSelector({ matchLabels: { app: 'web-9' } }).map((i) => i.id)).toEqual([9]);
    expect(index.candidatesForMap({ app: 'none' })).toEqual([]);
    expect(index.candidatesForMap({})).toEqual([]);
    // Expressions alone cannot be looked up: every item is a candidate.
    expect(index.candidatesForLabelSelector({ matchExpressions: [{ key: 'app', operator: 'Exists' }] })).toHaveLength(100);
  });
});
