import * as fc from 'fast-check';
import { escapePointerSegment, joinPointer, nearestExistingPointer, resetSharedPointers, splitPointer } from '../../src/engine/json-pointer';

describe('escapePointerSegment', () => {
  test.each([
    ['name', 'name'],
    ['', ''],
    ['a~b', 'a~0b'],
    ['a/b', 'a~1b'],
    ['~', '~0'],
    ['/', '~1'],
    ['~/~/', '~0~1~0~1'],
    ['~1', '~01'],
    ['app.kubernetes.io/name', 'app.kubernetes.io~1name'],
  ])('%j → %j', (segment, expected) => {
    expect(escapePointerSegment(segment)).toBe(expected);
  });

  test('numbers (array indices) become their decimal text', () => {
    expect(escapePointerSegment(0)).toBe('0');
    expect(escapePointerSegment(12)).toBe('12');
  });
});

describe('joinPointer', () => {
  test('appends escaped segments to the base', () => {
    expect(joinPointer('', 'spec', 'containers', 0, 'image')).toBe('/spec/containers/0/image');
    expect(joinPointer('/metadata', 'labels', 'app.kubernetes.io/name')).toBe('/metadata/labels/app.kubernetes.io~1name');
    expect(joinPointer('/metadata/annotations', 'a~b')).toBe('/metadata/annotations/a~0b');
  });

  test('no segments gives the base back; an empty segment still adds a slash', () => {
    expect(joinPointer('/spec')).toBe('/spec');
    expect(joinPointer('')).toBe('');
    expect(joinPointer('', '')).toBe('/');
    expect(joinPointer('/a', '', 'b')).toBe('/a//b');
  });
});

describe('joinPointer shares the pointers it joined', () => {
  const plainJoin = (base: string, segments: Array<string | number>): string => base + segments.map((s) => '/' + escapePointerSegment(s)).join('');
  const segment = fc.oneof(fc.constantFrom('spec', 'containers', 'a/b', 'x~y', '', '0'), fc.string({ maxLength: 6 }), fc.nat({ max: 40 }));

  beforeEach(() => resetSharedPointers());

  test('gives the same text as joining by hand, whatever was joined before (memo filled, reused and emptied)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('', '/items/3', '/spec'), fc.array(segment, { maxLength: 5 })), { maxLength: 60 }), (joins) => {
        for (const [base, segments] of joins) {
          expect(joinPointer(base, ...segments)).toBe(plainJoin(base, segments));
          // Again, now from the memo, and continued from a joined (shared) base.
          const first = joinPointer(base, ...segments);
          expect(joinPointer(first, 'tail', 17)).toBe(plainJoin(base, [...segments, 'tail', 17]));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a number and its text join to the same pointer', () => {
    expect(joinPointer('', 'items', 3)).toBe(joinPointer('', 'items', '3'));
    expect(joinPointer('', 'items', 300)).toBe('/items/300');
  });

  test('stays correct when more distinct pointers are joined than the memo keeps', () => {
    for (let i = 0; i < 25_000; i++) {
      expect(joinPointer('', 'metadata', 'labels', `key-${i}`)).toBe(`/metadata/labels/key-${i}`);
    }
    expect(joinPointer('', 'metadata', 'labels', 'key-1')).toBe('/metadata/labels/key-1');
  });
});

describe('splitPointer', () => {
  test('the empty pointer and "/" both mean the whole document', () => {
    expect(splitPointer('')).toEqual([]);
    expect(splitPointer('/')).toEqual([]);
  });

  test('splits and unescapes each segment', () => {
    expect(splitPointer('/spec/containers/0/image')).toEqual(['spec', 'containers', '0', 'image']);
    expect(splitPointer('/metadata/labels/app.kubernetes.io~1name')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
    expect(splitPointer('/a~0b')).toEqual(['a~b']);
  });

  test('~01 unescapes to ~1, not to / (RFC 6901 order)', () => {
    expect(splitPointer('/a~01')).toEqual(['a~1']);
    expect(splitPointer('/~0~1~01')).toEqual(['~/~1']);
  });

  test('empty segments are kept', () => {
    expect(splitPointer('/a//b')).toEqual(['a', '', 'b']);
    expect(splitPointer('/a/')).toEqual(['a', '']);
  });

  test('round-trips through joinPointer', () => {
    const segments = ['metadata', 'annotations', 'x/y~z', '', '0'];
    expect(splitPointer(joinPointer('', ...segments))).toEqual(segments);
  });
});

describe('nearestExistingPointer', () => {
  const DOC = {
    metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web', 'a~b': 'x' } },
    spec: {
      containers: [{ name: 'app', image: 'nginx', securityContext: null }],
      replicas: 3,
    },
  };

  test('an existing pointer is returned as is', () => {
    expect(nearestExistingPointer(DOC, '/spec/containers/0/image')).toBe('/spec/containers/0/image');
    expect(nearestExistingPointer(DOC, '/metadata')).toBe('/metadata');
    expect(nearestExistingPointer(DOC, '/metadata/labels/app.kubernetes.io~1name')).toBe('/metadata/labels/app.kubernetes.io~1name');
    expect(nearestExistingPointer(DOC, '/metadata/labels/a~0b')).toBe('/metadata/labels/a~0b');
  });

  test('a missing field resolves to its deepest existing parent', () => {
    expect(nearestExistingPointer(DOC, '/spec/containers/0/resources/limits')).toBe('/spec/containers/0');
    expect(nearestExistingPointer(DOC, '/spec/template/spec')).toBe('/spec');
    expect(nearestExistingPointer(DOC, '/status')).toBe('');
    expect(nearestExistingPointer(DOC, '/spec/containers/1/image')).toBe('/spec/containers');
    expect(nearestExistingPointer(DOC, '/metadata/labels/app.kubernetes.io~1part-of')).toBe('/metadata/labels');
  });

  test('escaped segments are matched against the unescaped key', () => {
    // "a/b" written escaped must not be confused with a nested a → b.
    expect(nearestExistingPointer({ a: { b: 1 }, 'a/b': { c: 1 } }, '/a~1b/c')).toBe('/a~1b/c');
    expect(nearestExistingPointer({ a: { b: 1 } }, '/a~1b')).toBe('');
    expect(nearestExistingPointer({ '~1': { x: 1 } }, '/~01/x')).toBe('/~01/x');
    expect(nearestExistingPointer({ '/': 1 }, '/~01')).toBe('');
  });

  test('does not descend into null or scalar values', () => {
    expect(nearestExistingPointer(DOC, '/spec/containers/0/securityContext/runAsUser')).toBe('/spec/containers/0/securityContext');
    expect(nearestExistingPointer(DOC, '/spec/replicas/x')).toBe('/spec/replicas');
    // A string has own index and length properties, but it is a leaf of the document.
    expect(nearestExistingPointer(DOC, '/spec/containers/0/image/0')).toBe('/spec/containers/0/image');
    expect(nearestExistingPointer(DOC, '/metadata/name/length')).toBe('/metadata/name');
  });

  test('only own properties count, not inherited ones', () => {
    expect(nearestExistingPointer(DOC, '/metadata/toString')).toBe('/metadata');
    expect(nearestExistingPointer(DOC, '/spec/containers/map')).toBe('/spec/containers');
    expect(nearestExistingPointer({}, '/__proto__/x')).toBe('');
  });

  test('a document that is not an object has only the root', () => {
    expect(nearestExistingPointer(null, '/a')).toBe('');
    expect(nearestExistingPointer('text', '/0')).toBe('');
    expect(nearestExistingPointer(undefined, '/a/b')).toBe('');
  });

  test('the root pointer: "" and "/" both give ""', () => {
    expect(nearestExistingPointer(DOC, '')).toBe('');
    expect(nearestExistingPointer(DOC, '/')).toBe('');
    // "/" means the document (as in splitPointer), even when the document has an empty key.
    expect(nearestExistingPointer({ '': { a: 1 } }, '/')).toBe('');
  });

  test('empty keys are matched like any other key', () => {
    expect(nearestExistingPointer({ a: { '': { b: 1 } } }, '/a//b')).toBe('/a//b');
    expect(nearestExistingPointer({ a: { '': 1 } }, '/a/')).toBe('/a/');
    expect(nearestExistingPointer({ a: { '': 1 } }, '/a')).toBe('/a');
    expect(nearestExistingPointer({ a: { '': { '': 1 } } }, '/a/x')).toBe('/a');
    expect(nearestExistingPointer({ '': 1 }, '/x')).toBe('');
    expect(nearestExistingPointer({ a: { '': 1 } }, '/a//')).toBe('/a/');
  });

  test('a self-referencing object (built in code, not parsed) does not hang the lookup', () => {
    const loop: Record<string, unknown> = {};
    loop[''] = loop;
    expect(nearestExistingPointer({ a: loop }, '/a')).toBe('/a');
    expect(nearestExistingPointer({ a: loop }, '/a//')).toBe('/a//');
    expect(nearestExistingPointer({ a: loop }, '/a//x')).toBe('/a/');
  });

  describe('pointers not in canonical escaped form', () => {
    // A "~" not followed by 0 or 1 is not valid RFC 6901; the key is taken literally and the
    // result is written canonically, so it can be matched against joinPointer output.
    test('an existing key is returned canonically escaped', () => {
      expect(nearestExistingPointer({ 'a~b': { c: 1 } }, '/a~b/c')).toBe('/a~0b/c');
      expect(nearestExistingPointer({ 'a~b': 1 }, '/a~b')).toBe('/a~0b');
      expect(nearestExistingPointer({ x: { '~': 1 } }, '/x/~')).toBe('/x/~0');
    });

    test('a missing key resolves to its deepest existing parent', () => {
      expect(nearestExistingPointer({ 'a~2': { b: 1 } }, '/a~2/c')).toBe('/a~02');
      expect(nearestExistingPointer({ x: {} }, '/x/a~b')).toBe('/x');
      expect(nearestExistingPointer({ x: { y: 1 } }, '/x/y/~')).toBe('/x/y');
      expect(nearestExistingPointer({ x: { y: null } }, '/x/y/~')).toBe('/x/y');
      expect(nearestExistingPointer({ x: { y: 'abc' } }, '/x/y/0/~')).toBe('/x/y');
      expect(nearestExistingPointer({ x: { y: [] } }, '/x/y/push/~')).toBe('/x/y');
      expect(nearestExistingPointer(null, '/~')).toBe('');
    });
  });
});
