import { ChunkedList } from '../../src/engine/chunked-list';

describe('ChunkedList', () => {
  test('keeps entries in push order across chunk boundaries', () => {
    const list = new ChunkedList<number>();
    for (let i = 0; i < 20000; i++) list.push(i * 3);
    expect(list.length).toBe(20000);
    for (const i of [0, 1, 8191, 8192, 8193, 16383, 16384, 19999]) expect(list.get(i)).toBe(i * 3);
  });

  test('set replaces one entry and nothing else', () => {
    const list = new ChunkedList<string | undefined>();
    for (let i = 0; i < 8200; i++) list.push(undefined);
    list.set(8192, 'x');
    expect(list.get(8192)).toBe('x');
    expect(list.get(8191)).toBeUndefined();
    expect(list.get(8193)).toBeUndefined();
    expect(list.length).toBe(8200);
  });

  test('reads outside the list give undefined; writes outside it are refused', () => {
    const list = new ChunkedList<number>();
    expect(list.get(0)).toBeUndefined();
    list.push(7);
    expect(list.get(1)).toBeUndefined();
    expect(list.get(-1)).toBeUndefined();
    expect(() => list.set(1, 8)).toThrow('index 1 is outside the list (length 1)');
    expect(() => list.set(-1, 8)).toThrow(RangeError);
    expect(list.get(0)).toBe(7);
  });
});
