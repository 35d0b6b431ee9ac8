import { TextMemo } from '../../src/engine/describe';
import { analyzeAll } from '../../src/engine/evaluate';
import { defineContainerRule, definePodSpecRule, RuleContext, RuleMetadata, Violation } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { containerBehaviour } from '../../src/rules/pss/versioned';

const meta: RuleMetadata = { id: 'helper', title: 'helper', severity: 'warning', category: 'custom', description: 'd', remediation: 'r' };
const context: RuleContext = { kubernetesVersion: parseKubernetesVersion('latest'), options: { marker: 'm' } };

/** A Pod with an init container, two containers and an ephemeral container. */
const [pod] = analyzeAll([
  {
    manifest: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: {
        initContainers: [{ name: 'init' }],
        containers: [{ name: 'a' }, { name: 'b' }],
        ephemeralContainers: [{ name: 'debug' }],
      },
    },
  },
]);
/** A custom resource with two pod specs (through extra pod template locations). */
const [twoPods] = analyzeAll(
  [
    {
      manifest: {
        apiVersion: 'example.com/v1',
        kind: 'Pair',
        metadata: { name: 'pair' },
        spec: { first: { spec: { containers: [{ name: 'one' }] } }, second: { spec: { containers: [{ name: 'two' }] } } },
      },
    },
  ],
  [
    { kind: 'Pair', templatePath: '/spec/first' },
    { kind: 'Pair', templatePath: '/spec/second' },
  ],
);
const [configMap] = analyzeAll([{ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } } }]);

describe('defineContainerRule', () => {
  test('visits every container of every pod spec in order, with its pod spec, object and context', () => {
    const seen: string[] = [];
    const rule = defineContainerRule(meta, (c, p, object, ctx) => {
      seen.push(`${c.name} ${p.path} ${object.ref.name} ${String(ctx.options.marker)}`);
      return undefined;
    });
    rule.check!(pod, context);
    rule.check!(twoPods, context);
    expect(seen).toEqual(['init /spec p m', 'a /spec p m', 'b /spec p m', 'debug /spec p m', 'one /spec/first/spec pair m', 'two /spec/second/spec pair m']);
  });

  test('collects single violations and lists in container order', () => {
    const rule = defineContainerRule(meta, (c): Violation | Violation[] | undefined => {
      if (c.name === 'a') return { path: c.path, message: 'one for a' };
      if (c.name === 'b') return [{ path: c.path, message: 'first for b' }, { path: c.path, message: 'second for b' }];
      if (c.name === 'debug') return [];
      return undefined;
    });
    expect(rule.check!(pod, context).map((v) => v.message)).toEqual(['one for a', 'first for b', 'second for b']);
  });

  test('reports nothing, without a new array, when no container has anything', () => {
    const rule = defineContainerRule(meta, () => undefined);
    const first = rule.check!(pod, context);
    expect(first).toEqual([]);
    expect(rule.check!(configMap, context)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  test('applies to objects with pod specs unless told otherwise', () => {
    expect(defineContainerRule(meta, () => undefined).appliesTo).toEqual({ podSpecs: true });
    expect(defineContainerRule(meta, () => undefined, { kinds: ['Pod'] }).appliesTo).toEqual({ kinds: ['Pod'] });
  });
});

describe('definePodSpecRule', () => {
  test('visits every pod spec in order and collects what it reports', () => {
    const rule = definePodSpecRule(meta, (p, object, ctx) =>
      p.path === '/spec/first/spec' ? [{ path: p.path, message: `${object.ref.name} ${String(ctx.options.marker)}` }] : { path: p.path, message: 'other' },
    );
    expect(rule.check!(twoPods, context)).toEqual([
      { path: '/spec/first/spec', message: 'pair m' },
      { path: '/spec/second/spec', message: 'other' },
    ]);
    expect(rule.appliesTo).toEqual({ podSpecs: true });
  });

  test('reports nothing on an object without pod specs', () => {
    const check = jest.fn(() => ({ path: '', message: 'never' }));
    expect(definePodSpecRule(meta, check).check!(configMap, context)).toEqual([]);
    expect(check).not.toHaveBeenCalled();
  });
});

describe('containerBehaviour (Pod Security rules)', () => {
  test('runs a container check on each container of the pod spec, with the version', () => {
    const behaviour = containerBehaviour((c, p, object, minor) => (c.name === 'init' ? undefined : { path: c.path, container: c.name, message: `${object.ref.name} ${p.path} ${minor}` }));
    expect(behaviour(pod.podSpecs[0], pod, 30)).toEqual([
      { path: '/spec/containers/0', container: 'a', message: 'p /spec 30' },
      { path: '/spec/containers/1', container: 'b', message: 'p /spec 30' },
      { path: '/spec/ephemeralContainers/0', container: 'debug', message: 'p /spec 30' },
    ]);
  });

  test('flattens lists and shares one empty result', () => {
    const lists = containerBehaviour((c) => (c.name === 'a' ? [{ path: 'x', message: '1' }, { path: 'y', message: '2' }] : undefined));
    expect(lists(pod.podSpecs[0], pod, 30).map((v) => v.message)).toEqual(['1', '2']);
    const silent = containerBehaviour(() => undefined);
    expect(silent(pod.podSpecs[0], pod, 30)).toEqual([]);
    expect(silent(pod.podSpecs[0], pod, 31)).toBe(silent(pod.podSpecs[0], pod, 30));
  });
});

describe('TextMemo', () => {
  test('builds a text once per key and returns that same string', () => {
    const build = jest.fn((key: string) => `text of ${key}`);
    const memo = new TextMemo(build);
    const first = memo.get('a');
    expect(first).toBe('text of a');
    expect(memo.get('a')).toBe(first);
    expect(memo.get('b')).toBe('text of b');
    expect(build).toHaveBeenCalledTimes(2);
  });

  test('gives the right text for many more keys than it keeps', () => {
    const memo = new TextMemo((key) => `<${key}>`);
    for (let i = 0; i < 2_500; i++) expect(memo.get(`k${i % 1_200}`)).toBe(`<k${i % 1_200}>`);
  });
});
