import * as v8 from 'v8';
import { ApiObject, App, Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Guardrails } from '../../src';
import { copyManifest } from '../../src/cdk8s/manifest-copy';

// V8's own answer to "do these objects share a hidden class?", which is what the copy is for.
v8.setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

function deploymentManifests(n: number): Array<Record<string, any>> {
  const app = Testing.app();
  const chart = new Chart(app, 'chart', { namespace: 'team' });
  for (let i = 0; i < n; i++) new kplus.Deployment(chart, `web-${i}`, { containers: [{ image: `registry.example.com/web:1.${i}.0`, portNumber: 8080 }] });
  return chart.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson());
}

describe('copyManifest', () => {
  test('gives the same data, key order and values (-0, NaN, undefined included), in new objects and arrays', () => {
    const source = { b: { list: [1, { x: -0 }, 'y'], nan: NaN, none: undefined }, a: [[true, null]], 10: 'numeric key' };
    const copy = copyManifest(source) as typeof source;
    expect(copy).toStrictEqual(source);
    expect(Object.keys(copy)).toEqual(['10', 'b', 'a']);
    expect(Object.keys(copy.b)).toEqual(['list', 'nan', 'none']);
    expect(Object.is((copy.b.list[1] as { x: number }).x, -0)).toBe(true);
    expect(copy).not.toBe(source);
    expect(copy.b).not.toBe(source.b);
    expect(copy.b.list).not.toBe(source.b.list);
    expect(copy.b.list[1]).not.toBe(source.b.list[1]);
    expect(copy.a[0]).not.toBe(source.a[0]);
  });

  test('keeps values that are not plain data as they are', () => {
    class Quantity {
      constructor(public readonly value: string) {}
    }
    const quantity = new Quantity('1Gi');
    const date = new Date(0);
    const produce = () => 'x';
    const copy = copyManifest({ quantity, date, produce }) as Record<string, unknown>;
    expect(copy.quantity).toBe(quantity);
    expect(copy.date).toBe(date);
    expect(copy.produce).toBe(produce);
  });

  test('an own __proto__ key stays a key and does not become the prototype', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "kind": "ConfigMap"}');
    const copy = copyManifest(source) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'kind']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('an own __proto__ key nested in a manifest stays a key too', () => {
    const source = JSON.parse('{"kind": "ConfigMap", "data": {"__proto__": "x", "y": {"__proto__": {"polluted": true}}}}');
    const copy = copyManifest(source) as { data: Record<string, unknown> };
    expect(JSON.stringify(copy)).toBe(JSON.stringify(source));
    expect(Object.getPrototypeOf(copy.data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(copy.data.y)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('a getter is read once and its value copied as data', () => {
    let reads = 0;
    const source = { kind: 'ConfigMap', get data() { reads++; return { a: '1' }; } };
    const copy = copyManifest(source) as Record<string, unknown>;
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(copy, 'data')).toEqual({ value: { a: '1' }, enumerable: true, writable: true, configurable: true });
  });

  test('objects without a prototype are copied as plain objects with the same keys', () => {
    const source = Object.assign(Object.create(null), { name: 'a', labels: { app: 'web' } });
    const copy = copyManifest(source) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect({ ...copy }).toEqual({ name: 'a', labels: { app: 'web' } });
  });

  test('copies of similar cdk8s manifests share hidden classes where the originals do not', () => {
    const [first, second] = deploymentManifests(2);
    const parts = (m: Record<string, any>) => [m.metadata, m.spec.template.spec, m.spec.template.spec.containers[0]];
    // cdk8s gives these objects a class of their own: without the copy, every rule's read of them misses V8's caches.
    expect(parts(first).some((part, i) => !haveSameMap(part, parts(second)[i]))).toBe(true);
    const [a, b] = [copyManifest(first), copyManifest(second)] as Array<Record<string, any>>;
    parts(a).forEach((part, i) => expect(haveSameMap(part, parts(b)[i])).toBe(true));
    expect(haveSameMap(a, b)).toBe(true);
  });

  test('the YAML cdk8s writes is the same with guardrails as without', () => {
    const build = () => {
      const app = new App({ outdir: '/tmp/unused' });
      const chart = new Chart(app, 'chart', { namespace: 'team' });
      new kplus.Deployment(chart, 'web', { containers: [{ image: 'registry.example.com/web:1.0.0', portNumber: 8080 }] });
      new ApiObject(chart, 'odd', { apiVersion: 'example.com/v1', kind: 'Odd', spec: { zero: -0, nan: NaN, big: Infinity, list: [1, undefined, 'x'] } });
      return app;
    };
    const plain = build().synthYaml();
    const guarded = build();
    Guardrails.of(guarded).enforce({ failOn: 'never', warn: () => undefined });
    expect(guarded.synthYaml()).toBe(plain);
  });
});
