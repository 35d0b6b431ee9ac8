import { median, medianInterval } from './stats';

/** A seeded generator, so the coverage test draws the same samples on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('median', () => {
  test('takes the middle value, the upper middle one for an even count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
  });
});

describe('medianInterval', () => {
  const ranks = (n: number) => Array.from({ length: n }, (_, i) => (n - i) * 10); // unsorted: descending

  test('takes the values of ranks 2 and 9 of 10 (coverage 97.9%), 6 and 15 of 20', () => {
    expect(medianInterval(ranks(10))).toEqual([20, 90]);
    expect(medianInterval(ranks(20))).toEqual([60, 150]);
  });

  test('is undefined when too few values reach the confidence (5 at 95%), the full range at 6', () => {
    expect(medianInterval(ranks(5))).toBeUndefined();
    expect(medianInterval(ranks(6))).toEqual([10, 60]);
    expect(medianInterval([])).toBeUndefined();
  });

  test('widens with the confidence asked for', () => {
    expect(medianInterval(ranks(20), 0.99)).toEqual([40, 170]);
    expect(medianInterval(ranks(20), 0.8)).toEqual([70, 140]);
  });

  test('covers the true median at least as often as promised, on a skewed distribution', () => {
    const random = mulberry32(42);
    // Exponential with rate 1: median ln 2, a long right tail like a noisy host's run times.
    const draw = () => -Math.log(1 - random());
    let covered = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const [low, high] = medianInterval(Array.from({ length: 10 }, draw))!;
      if (low <= Math.LN2 && Math.LN2 <= high) covered++;
    }
    // Exact coverage at n = 10 is 97.85%; 4,000 trials put the estimate within ~0.7% of it.
    expect(covered / trials).toBeGreaterThan(0.965);
    expect(covered / trials).toBeLessThan(0.99);
  });
});
