import { AnalyzedObject } from '../../src/engine/analyze';
import { CHUNK_SIZE, EntryTable } from '../../src/engine/entry-table';
import { Finding } from '../../src/engine/types';

/** Stand-ins for objects and findings: the table only stores and returns them. */
const owner = (i: number) => ({ kind: `K${i}` }) as unknown as AnalyzedObject;
const finding = (message: string) => ({ message }) as unknown as Finding;

describe('EntryTable', () => {
  test('keeps every column of every entry in push order across chunk boundaries', () => {
    const table = new EntryTable();
    const owners = Array.from({ length: 2 * CHUNK_SIZE + 10 }, (_, i) => owner(i));
    owners.forEach((o, i) => expect(table.push(o, `/p/${i}`, `m${i}`, i % 2 ? `c${i}` : undefined, i % 3 ? undefined : finding(`f${i}`))).toBe(i));
    expect(table.length).toBe(owners.length);
    for (const i of [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE - 1, 2 * CHUNK_SIZE, owners.length - 1]) {
      expect(table.owner(i)).toBe(owners[i]);
      expect(table.path(i)).toBe(`/p/${i}`);
      expect(table.message(i)).toBe(`m${i}`);
      expect(table.container(i)).toBe(i % 2 ? `c${i}` : undefined);
      expect(table.built(i)?.message).toBe(i % 3 ? undefined : `f${i}`);
    }
  });

  test('setBuilt records one entry\'s finding and changes nothing else', () => {
    const table = new EntryTable();
    for (let i = 0; i < CHUNK_SIZE + 8; i++) table.push(owner(i), '/p', 'm', undefined, undefined);
    table.setBuilt(CHUNK_SIZE, finding('x'));
    expect(table.built(CHUNK_SIZE)?.message).toBe('x');
    expect(table.built(CHUNK_SIZE - 1)).toBeUndefined();
    expect(table.built(CHUNK_SIZE + 1)).toBeUndefined();
    expect(table.owner(CHUNK_SIZE)).toEqual(owner(CHUNK_SIZE));
    expect(table.length).toBe(CHUNK_SIZE + 8);
  });

  test('reads outside the table give undefined; recording outside it is refused', () => {
    const table = new EntryTable();
    expect(table.owner(0)).toBeUndefined();
    expect(table.built(0)).toBeUndefined();
    table.push(owner(7), '/p', 'm', 'c', undefined);
    for (const i of [1, -1, CHUNK_SIZE]) {
      expect(table.owner(i)).toBeUndefined();
      expect(table.path(i)).toBeUndefined();
      expect(table.message(i)).toBeUndefined();
      expect(table.container(i)).toBeUndefined();
    }
    expect(() => table.setBuilt(1, finding('x'))).toThrow('entry 1 is outside the table (length 1)');
    expect(() => table.setBuilt(-1, finding('x'))).toThrow(RangeError);
    expect(table.built(0)).toBeUndefined();
  });
});
