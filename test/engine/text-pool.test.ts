import * as fc from 'fast-check';
import { TextPool } from '../../src/engine/text-pool';

describe('TextPool', () => {
  test('returns each text unchanged and keeps one copy of each distinct text, whatever the order of repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('/a', '/b', '/a/b', 'message', 'message 2'), { maxLength: 40 }), (texts) => {
        const pool = new TextPool();
        // Built by concatenation, as rules build them: equal texts, distinct string objects.
        for (const text of texts) expect(pool.intern(text.slice(0, 1) + text.slice(1))).toBe(text);
        expect(pool.size).toBe(new Set(texts).size);
      }),
      { seed: 8, numRuns: 300 },
    );
  });

  test('alternating texts, as a rule reporting a request and a limit per object gives them', () => {
    const pool = new TextPool();
    const got = ['req', 'lim', 'req', 'lim', 'other', 'req', 'lim'].map((t) => pool.intern(t));
    expect(got).toEqual(['req', 'lim', 'req', 'lim', 'other', 'req', 'lim']);
    expect(pool.size).toBe(3);
  });

  test('fronts share one copy of each text and each keeps its own last texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.constantFrom('/a', '/b', 'message', 'message 2')), { maxLength: 40 }), (calls) => {
        const pool = new TextPool();
        const fronts = [pool, pool.front(), pool.front()];
        for (const [f, text] of calls) expect(fronts[f].intern(text.slice(0, 1) + text.slice(1))).toBe(text);
        const distinct = new Set(calls.map(([, t]) => t)).size;
        for (const f of fronts) expect(f.size).toBe(distinct);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
