import { parseQuantity, sameQuantity } from '../../../src/rules/resources/quantity';

describe('parseQuantity', () => {
  test.each([
    ['500m', 0.5],
    ['1', 1],
    [2, 2],
    ['1Gi', 2 ** 30],
    ['1.5Mi', 1.5 * 2 ** 20],
    ['2e3', 2000],
    ['1k', 1000],
    ['.5', 0.5],
  ])('%s', (input, expected) => {
    expect(sameQuantity(parseQuantity(input)!, expected)).toBe(true);
  });

  test.each(['', 'abc', '1 Gi', '1gi', '1GB', null, true, {}])('rejects %p', (input) => {
    expect(parseQuantity(input)).toBeUndefined();
  });

  test('equal quantities in different units compare equal', () => {
    expect(sameQuantity(parseQuantity('1Gi')!, parseQuantity('1024Mi')!)).toBe(true);
    expect(sameQuantity(parseQuantity('1')!, parseQuantity('1000m')!)).toBe(true);
    expect(sameQuantity(parseQuantity('1G')!, parseQuantity('1Gi')!)).toBe(false);
  });
});

describe('quantity edge cases', () => {
  test('surrounding spaces are ignored', () => {
    expect(parseQuantity(' 1Gi ')).toBe(2 ** 30);
  });

  test('zero equals zero in any unit', () => {
    expect(sameQuantity(parseQuantity('0')!, parseQuantity('0m')!)).toBe(true);
  });

  test('the tolerance is one part per billion of the larger quantity, whatever the order', () => {
    expect(sameQuantity(parseQuantity('999999999')!, parseQuantity('1G')!)).toBe(true);
    expect(sameQuantity(parseQuantity('1G')!, parseQuantity('999999999')!)).toBe(true);
    expect(sameQuantity(parseQuantity('999999998')!, parseQuantity('1G')!)).toBe(false);
  });
});

describe('parseQuantity remembers what it parsed', () => {
  test('the same text parses the same every time, valid or not, also after more texts than it keeps (1,000)', () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2_500; i++) {
        expect(parseQuantity(`${i}Mi`)).toBe(i * 2 ** 20);
        expect(parseQuantity(`${i}x`)).toBeUndefined();
      }
      expect(parseQuantity('100m')).toBeCloseTo(0.1, 12);
      expect(parseQuantity('nonsense')).toBeUndefined();
    }
  });
});
