import { optionCache } from '../../src/engine/option-cache';

describe('optionCache', () => {
  test('derives once per option object and returns the same result on later calls', () => {
    const derive = jest.fn((value: unknown) => ({ from: value }));
    const cached = optionCache(derive);
    const option = ['NET_ADMIN', 'SYS_ADMIN'];
    const first = cached(option);
    expect(first).toEqual({ from: option });
    expect(cached(option)).toBe(first);
    expect(cached(option)).toBe(first);
    expect(derive).toHaveBeenCalledTimes(1);
  });

  test('option objects are keyed by identity: an equal copy is derived on its own', () => {
    const cached = optionCache((value: unknown) => ({ from: value }));
    const a = { paths: ['/'] };
    const b = { paths: ['/'] };
    const fromA = cached(a);
    const fromB = cached(b);
    expect(fromB).not.toBe(fromA);
    expect(fromB.from).toBe(b);
    expect(cached(a)).toBe(fromA);
    expect(cached(b)).toBe(fromB);
  });

  test('two profiles checked in turn each keep their derived value: each option object is derived once', () => {
    const derive = jest.fn((value: unknown) => ({ from: value }));
    const cached = optionCache(derive);
    const a = ['memory'];
    const b = ['cpu'];
    for (let i = 0; i < 3; i++) {
      expect(cached(a).from).toBe(a);
      expect(cached(b).from).toBe(b);
    }
    expect(derive).toHaveBeenCalledTimes(2);
  });

  test.each([[null], [undefined], [0], ['/var/run'], [true]])('the primitive option %j is derived on every call, without failing', (value) => {
    const derive = jest.fn((v: unknown) => ({ from: v }));
    const cached = optionCache(derive);
    expect(cached(value)).toEqual({ from: value });
    expect(cached(value)).toEqual({ from: value });
    expect(derive).toHaveBeenCalledTimes(2);
  });
});
