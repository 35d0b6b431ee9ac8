import { analyzeInput } from '../../src/engine/analyze';
import { containerMessage, describeContainer, MAX_NAMED, nameSome, show } from '../../src/engine/describe';

describe('describeContainer', () => {
  const [object] = analyzeInput({
    manifest: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: {
        initContainers: [{ name: 'setup', image: 'busybox:1' }, { image: 'busybox:1' }],
        containers: [{ name: 'web', image: 'nginx:1' }, { image: 'sidecar:1' }],
        ephemeralContainers: [{ name: 'debug', image: 'busybox:1' }],
      },
    },
  });

  test('names each container by its type and name, or by its index when it has no name', () => {
    expect(object.podSpecs[0].containers.map(describeContainer)).toEqual([
      'init container "setup"',
      'init container #1',
      'container "web"',
      'container #1',
      'ephemeral container "debug"',
    ]);
  });

  test('describes by the current type and name, also after more names than it keeps (1,000 per type)', () => {
    const view = (type: 'containers' | 'initContainers', name: string) => ({ ...object.podSpecs[0].containers[0], type, name });
    for (let i = 0; i < 2_500; i++) {
      expect(describeContainer(view('containers', `c${i}`))).toBe(`container "c${i}"`);
      expect(describeContainer(view('initContainers', `c${i}`))).toBe(`init container "c${i}"`);
    }
    expect(describeContainer(view('containers', 'c7'))).toBe('container "c7"');
    expect(describeContainer(view('initContainers', 'c7'))).toBe('init container "c7"');
  });
});

describe('containerMessage', () => {
  const [object] = analyzeInput({
    manifest: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'web', image: 'nginx:1' }, { image: 'sidecar:1' }] } },
  });
  const [web, unnamed] = object.podSpecs[0].containers;

  test('puts the container description before the text', () => {
    expect(containerMessage(web, 'has no image')).toBe('container "web" has no image');
    expect(containerMessage(unnamed, 'has no image')).toBe('container #1 has no image');
  });

  test('gives the right message for every container and text, also after more than it keeps', () => {
    for (let i = 0; i < 1_500; i++) {
      const c = { ...web, name: `c${i % 1_200}` };
      for (let t = 0; t < 70; t += 7) expect(containerMessage(c, `text ${t}`)).toBe(`container "c${i % 1_200}" text ${t}`);
    }
    for (let t = 0; t < 200; t++) expect(containerMessage(web, `other ${t}`)).toBe(`container "web" other ${t}`);
    expect(containerMessage(web, 'has no image')).toBe('container "web" has no image');
  });
});

describe('show', () => {
  test('renders values as JSON', () => {
    expect(show('web')).toBe('"web"');
    expect(show(1000)).toBe('1000');
    expect(show(null)).toBe('null');
    expect(show({ add: ['ALL'] })).toBe('{"add":["ALL"]}');
  });

  test('a value JSON cannot render is written with String()', () => {
    expect(show(undefined)).toBe('undefined');
  });

  test('text longer than 80 characters is cut to 77 and marked with an ellipsis', () => {
    expect(show('x'.repeat(78))).toBe(`"${'x'.repeat(78)}"`);
    expect(show('x'.repeat(79))).toBe(`"${'x'.repeat(76)}...`);
    expect(show('x'.repeat(500))).toHaveLength(80);
  });

  test('a circular object or array is named by its shape instead of failing', () => {
    const object: Record<string, unknown> = { name: 'loop' };
    object.self = object;
    const array: unknown[] = ['loop'];
    array.push(array);
    expect(show(object)).toBe('{…}');
    expect(show(array)).toBe('[…]');
  });

  test('a BigInt, which JSON cannot hold, is written as its number', () => {
    expect(show(BigInt(65534))).toBe('65534');
  });
});

describe('nameSome', () => {
  const letters = (k: number) => String.fromCharCode(97 + k);

  test('names up to three items, then counts the rest', () => {
    expect(MAX_NAMED).toBe(3);
    expect(nameSome(0, letters)).toBe('');
    expect(nameSome(1, letters)).toBe('a');
    expect(nameSome(3, letters)).toBe('a, b, c');
    expect(nameSome(4, letters)).toBe('a, b, c and 1 more');
    expect(nameSome(26, letters)).toBe('a, b, c and 23 more');
  });

  test('asks only for the names it shows', () => {
    const asked: number[] = [];
    nameSome(1_000_000, (k) => (asked.push(k), String(k)));
    expect(asked).toEqual([0, 1, 2]);
  });
});
