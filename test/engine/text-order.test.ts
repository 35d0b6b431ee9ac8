import * as fc from 'fast-check';
import { compareText } from '../../src/engine/text-order';
import { ALL_RULES } from '../../src/rules';

const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  test('orders texts of lower-case letters, digits and hyphens as localeCompare does', () => {
    const simple = fc.string({ unit: fc.constantFrom('a', 'b', 'z', '0', '9', '-'), maxLength: 6 });
    fc.assert(
      fc.property(simple, simple, (a, b) => sign(compareText(a, b)) === sign(a.localeCompare(b))),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  test('sorts the built-in rule ids as localeCompare does', () => {
    const ids = ALL_RULES.map((r) => r.meta.id).reverse();
    expect([...ids].sort(compareText)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  test('other texts are compared by localeCompare: case-insensitive first, canonically equal accents equal', () => {
    expect(compareText('b.yaml', 'C.yaml')).toBeLessThan(0); // code points would put C first
    expect(compareText('Rule-A', 'rule-b')).toBeLessThan(0);
    expect(compareText('cafe\u0301', 'caf\u00e9')).toBe(0);
  });

  test('a simple text against another kind of text still follows localeCompare', () => {
    expect(compareText('b', 'C')).toBeLessThan(0);
    expect(compareText('a', 'B')).toBeLessThan(0);
  });
});
