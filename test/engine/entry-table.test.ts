import { AnalyzedObject } from '../../src/engine/analyze';
import * as fc from 'fast-check';
import { CHUNK_SIZE, EntrySegments, EntryTable } from '../../src/engine/entry-table';
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

describe('EntrySegments', () => {
  /** Steps: push n entries, or take over a table of n entries. */
  const step = fc.record({ adopt: fc.boolean(), n: fc.nat(5) });

  test('indexes pushed entries and taken-over tables as one list, in order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.nat(), (steps, probe) => {
        const segments = new EntrySegments();
        const expected: Array<[AnalyzedObject, string, string, string | undefined, Finding | undefined]> = [];
        const adopted: Array<[EntryTable, number]> = [];
        for (const { adopt, n } of steps) {
          const table = adopt ? new EntryTable() : undefined;
          for (let k = 0; k < n; k++) {
            const i = expected.length;
            const entry: [AnalyzedObject, string, string, string | undefined, Finding | undefined] = [owner(i), `/p/${i}`, `m${i}`, i % 2 ? `c${i}` : undefined, i % 3 ? undefined : finding(`f${i}`)];
            expected.push(entry);
            if (table) table.push(...entry);
            else expect(segments.push(...entry)).toBe(i);
          }
          if (table) {
            segments.adopt(table);
            adopted.push([table, table.length]);
          }
        }
        expect(segments.length).toBe(expected.length);
        // Forward, backward and scattered lookups (the last segment found is remembered).
        const order = [...expected.keys(), ...[...expected.keys()].reverse(), ...expected.map((_, i) => (i * 7 + probe) % expected.length)];
        for (const i of order) {
          const [o, path, message, container, built] = expected[i];
          expect(segments.owner(i)).toBe(o);
          expect(segments.path(i)).toBe(path);
          expect(segments.message(i)).toBe(message);
          expect(segments.container(i)).toBe(container);
          expect(segments.built(i)).toBe(built);
        }
        for (const outside of [-1, expected.length, expected.length + 3]) {
          expect(segments.owner(outside)).toBeUndefined();
          expect(segments.path(outside)).toBeUndefined();
          expect(segments.message(outside)).toBeUndefined();
          expect(segments.container(outside)).toBeUndefined();
          expect(segments.built(outside)).toBeUndefined();
          expect(() => segments.setBuilt(outside, finding('x'))).toThrow(new RangeError(`entry ${outside} is outside the table (length ${expected.length})`));
        }
        if (expected.length) {
          const i = probe % expected.length;
          segments.setBuilt(i, finding('x'));
          expect(segments.built(i)?.message).toBe('x');
        }
        // Pushing after a take-over never grows the table taken over.
        for (const [table, length] of adopted) expect(table.length).toBe(length);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});
