import { asArray, asInteger, asObject, asString, isObject, isOff, isOn, isSet, typeNote } from '../../src/engine/values';

const NOT_OBJECTS: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['an array', [1, 2]],
  ['an empty array', []],
  ['a string', 'text'],
  ['a number', 0],
  ['a boolean', true],
];

describe('asObject / isObject', () => {
  test('a plain object is returned as is', () => {
    const obj = { a: 1 };
    expect(asObject(obj)).toBe(obj);
    expect(isObject(obj)).toBe(true);
    expect(isObject({})).toBe(true);
    expect(isObject(Object.create(null))).toBe(true);
  });

  test.each(NOT_OBJECTS)('%s is not an object: asObject gives a frozen empty object', (_name, value) => {
    expect(isObject(value)).toBe(false);
    const result = asObject(value);
    expect(result).toEqual({});
    expect(Array.isArray(result)).toBe(false);
    expect(Object.isFrozen(result)).toBe(true);
  });

  test('the empty fallback cannot be written to', () => {
    expect(() => {
      (asObject(null) as Record<string, unknown>).leak = 1;
    }).toThrow(TypeError);
    expect(asObject(undefined)).toEqual({});
  });
});

describe('asArray', () => {
  test('an array is returned as is', () => {
    const arr = [1, 'a'];
    expect(asArray(arr)).toBe(arr);
  });

  test.each([[null], [undefined], [{ 0: 'a', length: 1 }], ['abc'], [3]])('%j gives []', (value) => {
    expect(asArray(value)).toEqual([]);
  });
});

describe('asString', () => {
  test('strings (including empty) are returned, anything else is undefined', () => {
    expect(asString('web')).toBe('web');
    expect(asString('')).toBe('');
    expect(asString(1)).toBeUndefined();
    expect(asString(null)).toBeUndefined();
    expect(asString(['a'])).toBeUndefined();
    expect(asString({ toString: () => 'x' })).toBeUndefined();
  });
});

describe('isSet', () => {
  test.each([
    [undefined, false],
    [null, false],
    [0, true],
    ['', true],
    [false, true],
    [{}, true],
    [[], true],
  ])('%j → %s', (value, expected) => {
    expect(isSet(value)).toBe(expected);
  });
});

describe('isOn / isOff', () => {
  test.each([
    [true, true, false],
    [false, false, true],
    ['true', true, false],
    ['false', false, true],
    ['True', true, false],
    ['FALSE', false, true],
    [' true ', true, false],
    ['\tfalse\n', false, true],
    ['yes', false, false],
    ['', false, false],
    ['truee', false, false],
    [1, false, false],
    [0, false, false],
    [null, false, false],
    [undefined, false, false],
    [['true'], false, false],
  ])('%j → on: %s, off: %s', (value, on, off) => {
    expect(isOn(value)).toBe(on);
    expect(isOff(value)).toBe(off);
  });
});

describe('typeNote', () => {
  const note = (actual: string, expected: string) =>
    ` (the value is ${actual}, not ${expected}: the Kubernetes API would reject this manifest)`;

  test('a value of the expected type, or no value, gives no note', () => {
    expect(typeNote(true, 'boolean')).toBe('');
    expect(typeNote(false, 'boolean')).toBe('');
    expect(typeNote('x', 'string')).toBe('');
    expect(typeNote('', 'string')).toBe('');
    expect(typeNote(0, 'integer')).toBe('');
    expect(typeNote(-5, 'integer')).toBe('');
    expect(typeNote(undefined, 'boolean')).toBe('');
    expect(typeNote(undefined, 'integer')).toBe('');
    expect(typeNote(undefined, 'string')).toBe('');
  });

  test.each([
    ['true', 'boolean', note('a string', 'a boolean')],
    [1, 'boolean', note('a number', 'a boolean')],
    [null, 'boolean', note('a null', 'a boolean')],
    [[true], 'boolean', note('an array', 'a boolean')],
    [{}, 'boolean', note('an object', 'a boolean')],
    ['1000', 'integer', note('a string', 'an integer')],
    [1.5, 'integer', note('a number', 'an integer')],
    [Number.NaN, 'integer', note('a number', 'an integer')],
    [true, 'integer', note('a boolean', 'an integer')],
    [null, 'integer', note('a null', 'an integer')],
    [[], 'integer', note('an array', 'an integer')],
    [3, 'string', note('a number', 'a string')],
    [false, 'string', note('a boolean', 'a string')],
    [{ a: 1 }, 'string', note('an object', 'a string')],
  ] as Array<[unknown, 'boolean' | 'integer' | 'string', string]>)('%j as %s', (value, expected, text) => {
    expect(typeNote(value, expected)).toBe(text);
  });
});

describe('asInteger', () => {
  test.each([
    [0, 0],
    [1000, 1000],
    [-1, -1],
    ['1000', 1000],
    ['0', 0],
    ['-7', -7],
    [' 42 ', 42],
    ['\t65534\n', 65534],
    ['007', 7],
  ])('%j → %j', (value, expected) => {
    expect(asInteger(value)).toBe(expected);
  });

  test.each([
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [Number.NaN],
    [''],
    ['  '],
    ['-'],
    ['1.5'],
    ['1e3'],
    ['0x10'],
    ['12abc'],
    ['abc12'],
    ['1 2'],
    ['+5'],
    ['--5'],
    [['12']],
    [{ valueOf: () => 12, toString: () => '12' }],
    [true],
    [null],
    [undefined],
  ])('%j is not an integer', (value) => {
    expect(asInteger(value)).toBeUndefined();
  });
});
