import { LabelIndex } from '../../src/engine/label-index';
import { Labels } from '../../src/engine/selectors';

interface Workload {
  readonly name: string;
  readonly labels: Labels;
}

const WORKLOADS: readonly Workload[] = [
  { name: 'web-1', labels: { app: 'web', tier: 'frontend' } },
  { name: 'web-2', labels: { app: 'web', tier: 'frontend' } },
  { name: 'api', labels: { app: 'api', tier: 'frontend' } },
  { name: 'db', labels: { app: 'db', tier: 'backend' } },
];

const index = new LabelIndex(WORKLOADS, (w) => w.labels);
const names = (items: readonly Workload[]) => items.map((w) => w.name);

describe('LabelIndex.candidatesForMap', () => {
  test('narrows to the items carrying the rarest required label, whatever order the selector lists them in', () => {
    expect(names(index.candidatesForMap({ app: 'api', tier: 'frontend' }))).toEqual(['api']);
    expect(names(index.candidatesForMap({ tier: 'frontend', app: 'api' }))).toEqual(['api']);
    expect(names(index.candidatesForMap({ tier: 'frontend', app: 'web' }))).toEqual(['web-1', 'web-2']);
    expect(names(index.candidatesForMap({ tier: 'frontend' }))).toEqual(['web-1', 'web-2', 'api']);
  });

  test('when two required labels are equally rare, the one listed first gives the candidates', () => {
    expect(names(index.candidatesForMap({ app: 'api', tier: 'backend' }))).toEqual(['api']);
    expect(names(index.candidatesForMap({ tier: 'backend', app: 'api' }))).toEqual(['db']);
  });

  test('a required label no item carries leaves no candidates', () => {
    expect(index.candidatesForMap({ app: 'cache' })).toEqual([]);
    expect(index.candidatesForMap({ tier: 'frontend', app: 'cache' })).toEqual([]);
    expect(index.candidatesForMap({ app: 'cache', tier: 'frontend' })).toEqual([]);
  });

  test('an empty or missing map selects nothing, so has no candidates', () => {
    expect(index.candidatesForMap({})).toEqual([]);
    expect(index.candidatesForMap(undefined)).toEqual([]);
    expect(index.candidatesForMap(null)).toEqual([]);
    expect(index.candidatesForMap('app=web')).toEqual([]);
  });

  test('scalar selector values are looked up as label text', () => {
    const versioned = new LabelIndex<Workload>(
      [
        { name: 'v2', labels: { version: '2', canary: 'true' } },
        { name: 'v3', labels: { version: '3', canary: 'false' } },
      ],
      (w) => w.labels,
    );
    expect(names(versioned.candidatesForMap({ version: 2 }))).toEqual(['v2']);
    expect(names(versioned.candidatesForMap({ canary: false }))).toEqual(['v3']);
  });

  test('a map whose values cannot be looked up (objects) keeps every item as a candidate', () => {
    expect(index.candidatesForMap({ app: { name: 'web' } })).toBe(WORKLOADS);
  });

  test('a label key and value are kept apart: app=web is not confused with ap=pweb', () => {
    const tricky = new LabelIndex<Workload>(
      [
        { name: 'app', labels: { app: 'web' } },
        { name: 'ap', labels: { ap: 'pweb' } },
      ],
      (w) => w.labels,
    );
    expect(names(tricky.candidatesForMap({ app: 'web' }))).toEqual(['app']);
    expect(names(tricky.candidatesForMap({ ap: 'pweb' }))).toEqual(['ap']);
  });

  test('only own labels are indexed, not ones inherited through the prototype', () => {
    const inherited = Object.create({ team: 'payments' }) as Record<string, string>;
    inherited.app = 'web';
    const withProto = new LabelIndex<Workload>([{ name: 'web', labels: inherited }], (w) => w.labels);
    expect(withProto.candidatesForMap({ team: 'payments' })).toEqual([]);
    expect(names(withProto.candidatesForMap({ app: 'web' }))).toEqual(['web']);
  });

  test('a selector\'s inherited pairs do not narrow the candidates', () => {
    const selector = Object.create({ app: 'db' }) as Record<string, string>;
    selector.tier = 'frontend';
    expect(names(index.candidatesForMap(selector))).toEqual(['web-1', 'web-2', 'api']);
  });
});

describe('LabelIndex.candidatesForLabelSelector', () => {
  test('narrows by matchLabels', () => {
    expect(names(index.candidatesForLabelSelector({ matchLabels: { app: 'web' } }))).toEqual(['web-1', 'web-2']);
    expect(names(index.candidatesForLabelSelector({ matchLabels: { tier: 'frontend', app: 'db' } }))).toEqual(['db']);
  });

  test('without matchLabels (expressions only, or {} which selects everything) every item is a candidate', () => {
    expect(index.candidatesForLabelSelector({})).toBe(WORKLOADS);
    expect(index.candidatesForLabelSelector({ matchExpressions: [{ key: 'app', operator: 'Exists' }] })).toBe(WORKLOADS);
  });

  test('a missing selector selects nothing, so has no candidates', () => {
    expect(index.candidatesForLabelSelector(undefined)).toEqual([]);
    expect(index.candidatesForLabelSelector(null)).toEqual([]);
    expect(index.candidatesForLabelSelector(['app'])).toEqual([]);
  });
});
