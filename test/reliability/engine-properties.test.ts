import fc from 'fast-check';
import { deeplyNested, stringify, locations, manifestSet, mutatedManifest, randomManifest } from './arbitraries';
import { assertWellFormed, findingProblems } from './finding-shape';
import { seedManifests } from './seeds';
import { checkManifests } from '../../src/engine/check';
import { Finding } from '../../src/engine/types';
import { formatRun, REPORT_FORMATS } from '../../src/formatters';
import { runOf } from '../../src/formatters/run';

/** Every built-in profile at old, PSS-boundary and newest versions (rules differ by version). */
const RUNS: Array<[string, string]> = [];
for (const profile of ['pss-baseline', 'pss-restricted', 'recommended']) {
  for (const version of ['v1.0', 'v1.22', 'v1.25', 'v1.30', 'latest']) RUNS.push([profile, version]);
}

// Property runs are capped so the file stays under a minute on a shared 2-core machine; raise
// FC_NUM_RUNS locally (e.g. FC_NUM_RUNS=2000) for a deeper search.
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 60);
jest.setTimeout(120_000);

function check(manifests: readonly unknown[], profile: string, version: string) {
  return checkManifests(
    manifests.map((manifest, documentIndex) => ({ manifest, provenance: { file: 'gen.yaml', documentIndex } })),
    { profile, kubernetesVersion: version },
  );
}

describe('the engine on generated input', () => {
  test('the seed manifests themselves are checked without rule failures', () => {
    for (const [profile, version] of RUNS) assertWellFormed(check(seedManifests(), profile, version));
  });

  test.each(RUNS)('%s at %s never throws and returns well-formed findings for mutated and random manifests', (profile, version) => {
    fc.assert(
      fc.property(manifestSet, (manifests) => {
        assertWellFormed(check(manifests, profile, version));
      }),
      // A time cap also bounds shrinking, which re-runs the profile on large values many times.
      { numRuns: NUM_RUNS, interruptAfterTimeLimit: 30_000 },
    );
  });

  test('every report of hostile input can be formatted in every format', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedManifest, randomManifest), { minLength: 1, maxLength: 3 }), (manifests) => {
        const report = check(manifests, 'recommended', 'latest');
        for (const format of REPORT_FORMATS) {
          const text = formatRun(runOf(report, 'error'), format);
          if (typeof text !== 'string' || !text.length) throw new Error(`${format} output is empty`);
        }
      }),
      { numRuns: Math.max(10, Math.round(NUM_RUNS / 3)), interruptAfterTimeLimit: 30_000 },
    );
  });
});

describe('the generators themselves', () => {
  test('stringifying a value too deep for JSON.stringify and String() gives a placeholder, not a stack overflow', () => {
    expect(stringify(deeplyNested(100_000, 'array'))).toBe('[value too deep to print]');
    expect(stringify({ port: 8080 })).toBe('{"port":8080}');
  });
});

describe('the finding shape check itself', () => {
  const good: Finding = { ruleId: 'r', severity: 'error', message: 'm', remediation: '', resource: { apiVersion: 'v1', kind: 'Pod' }, path: '/spec' };
  test('accepts a sound finding and the document root path', () => {
    expect(findingProblems(good)).toEqual([]);
    expect(findingProblems({ ...good, path: '' })).toEqual([]);
  });
  test('rejects each malformed field and a rule failure', () => {
    expect(findingProblems({ ...good, ruleId: '' })).toHaveLength(1);
    expect(findingProblems({ ...good, severity: 'fatal' as never })).toHaveLength(1);
    expect(findingProblems({ ...good, path: 'spec' })).toHaveLength(1);
    expect(findingProblems({ ...good, message: ' ' })).toHaveLength(1);
    expect(findingProblems({ ...good, message: 'Rule x failed while checking this object and could not decide: boom' })).toEqual([expect.stringContaining('rule x threw')]);
  });
});

/**
 * Random mutation rarely hits one exact field with one exact value, so this sweep replaces every
 * field of every seed manifest, one at a time, with each of the most damaging values, and names
 * the rule, kind and field of every failure.
 */
describe('every field of every kind, replaced by a hostile value', () => {
  const VALUES: Array<[string, () => unknown]> = [
    ['5000 nested arrays', () => deeplyNested(5_000, 'array')],
    // Each level shares one child under two keys: a walk without a node budget costs 2^depth.
    ['5000 nested objects', () => deeplyNested(5_000, 'object')],
    ['a Map (!!omap)', () => new Map([['a', 1]])],
    ['a Uint8Array (!!binary)', () => new Uint8Array([1, 2])],
    ['null', () => null],
    ['"8080" (number as string)', () => '8080'],
    ['an object with __proto__/constructor keys', () => JSON.parse('{"__proto__": {"x": 1}, "constructor": {"name": 1}}')],
  ];

  test.each(VALUES)('%s, under recommended at latest', (label, make) => {
    // Grouped by problem, with the count and first field: one line per broken rule, not per field.
    const failures = new Map<string, { count: number; example: string }>();
    for (const seed of seedManifests()) {
      const variants = locations(seed).map((at) => {
        const copy = structuredClone(seed);
        let parent = copy as Record<string | number, unknown>;
        for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[at[at.length - 1]] = make();
        return { at, manifest: copy };
      });
      const report = checkManifests(
        variants.map((v, documentIndex) => ({ manifest: v.manifest, provenance: { documentIndex } })),
        { profile: 'recommended', kubernetesVersion: 'latest' },
      );
      for (const f of report.findings) {
        for (const problem of findingProblems(f)) {
          const entry = failures.get(problem) ?? { count: 0, example: `${seed.kind} ${variants[f.documentIndex ?? 0].at.join('.')} = ${label}` };
          failures.set(problem, { ...entry, count: entry.count + 1 });
        }
      }
    }
    expect([...failures].map(([problem, { count, example }]) => `${problem} — ${count} field(s), e.g. ${example}`)).toEqual([]);
  });
});
