import { deeplyNested } from './arbitraries';
import { show } from '../../src/engine/describe';
import { parseYaml } from '../../src/input/yaml';

/** The in-process halves of the hostile-input CLI tests: fast, and independent of a build. */
describe('parseYaml on hostile text', () => {
  test('deep nesting is one clear error with a position, not "Maximum call stack size exceeded"', () => {
    const { manifests, errors } = parseYaml('['.repeat(100_000) + ']'.repeat(100_000), 'deep.yaml');
    expect(manifests).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'deep.yaml', line: 1, message: expect.stringMatching(/^nesting is too deep to parse/) });
  });

  test('an alias bomb is refused with a message that says what it is', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const { manifests, errors } = parseYaml(`kind: ConfigMap\ndata:\n${lines.map((l) => '  ' + l).join('\n')}\n`, 'bomb.yaml');
    expect(manifests).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ file: 'bomb.yaml', message: expect.stringMatching(/too many alias expansions.*billion laughs/) })]);
  });

  test('merge keys are merged, as kubectl does', () => {
    const { manifests, errors } = parseYaml('kind: Pod\nmetadata:\n  <<: {name: merged}\n  namespace: team\n', 'merge.yaml');
    expect(errors).toEqual([]);
    expect(manifests[0].manifest).toEqual({ kind: 'Pod', metadata: { name: 'merged', namespace: 'team' } });
  });
});

describe('show', () => {
  test('names the shape of values JSON cannot render instead of throwing', () => {
    expect(show(deeplyNested(100_000, 'array'))).toBe('[…]');
    expect(show(deeplyNested(100_000, 'object'))).toBe('{…}');
    expect(show(BigInt(5))).toBe('5');
    expect(show({ a: 1 })).toBe('{"a":1}');
  });
});
