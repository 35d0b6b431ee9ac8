import * as fc from 'fast-check';
import { analyzeAll } from '../../src/engine/evaluate';
import { checkObjectByObject, RuleOutcomes } from '../../src/engine/object-pass';
import { defineCrossObjectRule, defineRule, RuleApplicability, RuleMetadata, Violation } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { TextPool } from '../../src/engine/text-pool';
import { ResolvedProfile, resolveRule } from '../../src/profiles/profile';
import { deployment, safeContainer } from '../support/manifests';

const pools = () => ({ paths: new TextPool(), messages: new TextPool() });

/** An outcome as [object name, path, message, container], and the failures' entries. */
const entriesOf = (out: RuleOutcomes) =>
  Array.from({ length: out.entries.length }, (_, i) => [out.entries.owner(i)!.ref.name, out.entries.path(i), out.entries.message(i), out.entries.container(i)]);

const meta = (id: string): RuleMetadata => ({ id, title: id, severity: 'warning', category: 'custom', description: 'd', remediation: 'r' });
const VERSION = parseKubernetesVersion('latest');

/** Objects of three kinds; names starting with x make the `flaky` rule throw. */
const objectSpec = fc.record({ kind: fc.constantFrom('ConfigMap', 'Service', 'Deployment'), failing: fc.boolean() });

function objectsOf(specs: ReadonlyArray<{ kind: string; failing: boolean }>) {
  return analyzeAll(
    specs.map((s, i) => {
      const name = `${s.failing ? 'x' : 'o'}-${i}`;
      if (s.kind === 'Deployment') return { manifest: deployment({ containers: [safeContainer('web')] }, name) };
      return { manifest: { apiVersion: 'v1', kind: s.kind, metadata: { name, namespace: 'team' } } };
    }),
  );
}

// Single-object rules with and without appliesTo, reporting 0–2 violations, one throwing; a cross-object rule between them.
function profileWith(calls: string[] = []): ResolvedProfile {
  const seen = (id: string, violations: (name: string) => Violation[], appliesTo?: RuleApplicability) =>
    resolveRule(
      defineRule(
        meta(id),
        (o) => {
          calls.push(`${id} ${o.ref.name}`);
          return violations(o.ref.name ?? '');
        },
        appliesTo,
      ),
    );
  return {
    name: 'custom',
    kubernetesVersion: VERSION,
    rules: [
      seen('every', (name) => [{ path: '/metadata/name', message: name }]),
      seen('pods', (name) => [{ path: '/spec', message: `a ${name}` }, { path: '/spec/template', message: `b ${name}` }], { podSpecs: true }),
      resolveRule(defineCrossObjectRule(meta('pairs'), () => [])),
      seen('services', () => [], { kinds: ['Service'] }),
      seen('flaky', (name) => {
        if (name.startsWith('x')) throw new Error(`cannot read ${name}`);
        return [{ path: '', message: 'fine' }];
      }),
    ],
  };
}

describe('checkObjectByObject', () => {
  test('each rule reports what it reports run alone over its objects, in object order, failures included', () => {
    fc.assert(
      fc.property(fc.array(objectSpec, { maxLength: 12 }), (specs) => {
        const objects = objectsOf(specs);
        const profile = profileWith();
        const outcomes = checkObjectByObject(objects, profile, pools());
        const single = profile.rules.filter((r) => r.rule.check);
        expect(outcomes.map((o) => o.resolved)).toEqual(single);
        outcomes.forEach((out, r) => {
          const rule = single[r].rule;
          const expected: Array<[string | undefined, string, string, string | undefined]> = [];
          const failedAt: number[] = [];
          for (const object of objects) {
            const applies = (!rule.appliesTo?.podSpecs || object.podSpecs.length > 0) && (!rule.appliesTo?.kinds || rule.appliesTo.kinds.includes(object.kind));
            if (!applies) continue;
            try {
              for (const v of rule.check!(object, { kubernetesVersion: VERSION, options: {} })) expected.push([object.ref.name, v.path, v.message, v.container]);
            } catch {
              failedAt.push(expected.length);
              expected.push([object.ref.name, '', '', undefined]);
            }
          }
          expect(entriesOf(out)).toEqual(expected);
          expect(out.failures).toEqual(failedAt);
          for (let i = 0; i < out.entries.length; i++) {
            const failure = out.entries.built(i);
            if (!failedAt.includes(i)) {
              expect(failure).toBeUndefined();
              continue;
            }
            expect(failure!.ruleId).toBe('flaky');
            expect(failure!.severity).toBe('error');
            expect(failure!.message).toContain(`cannot read ${out.entries.owner(i)!.ref.name}`);
          }
        });
      }),
    );
  });

  test('texts are pooled as they come: equal texts reported by different rules and objects are one copy', () => {
    const built = (n: number) => ['same', 'text', String(n)].join(' ');
    const profile: ResolvedProfile = {
      name: 'custom',
      kubernetesVersion: VERSION,
      rules: ['a', 'b', 'c'].map((id) => resolveRule(defineRule(meta(id), () => [{ path: built(0), message: built(1) }]))),
    };
    const shared = pools();
    const outcomes = checkObjectByObject(objectsOf([{ kind: 'ConfigMap', failing: false }, { kind: 'ConfigMap', failing: false }]), profile, shared);
    const messages = outcomes.flatMap((out) => Array.from({ length: out.entries.length }, (_, i) => out.entries.message(i)));
    expect(messages).toHaveLength(6);
    expect(messages.every((m) => m === 'same text 1')).toBe(true);
    expect(shared.paths.size).toBe(1);
    expect(shared.messages.size).toBe(1);
  });

  test('all rules see one object before any rule sees the next', () => {
    const calls: string[] = [];
    checkObjectByObject(objectsOf([{ kind: 'Deployment', failing: false }, { kind: 'Service', failing: false }]), profileWith(calls), pools());
    expect(calls).toEqual(['every o-0', 'pods o-0', 'flaky o-0', 'every o-1', 'services o-1', 'flaky o-1']);
  });

  test('onProgress is called after every thousand objects', () => {
    let calls = 0;
    const objects = objectsOf(Array.from({ length: 2999 }, () => ({ kind: 'ConfigMap', failing: false })));
    checkObjectByObject(objects, profileWith(), pools(), () => calls++);
    expect(calls).toBe(2);
    checkObjectByObject(objects.slice(0, 999), profileWith(), pools(), () => calls++);
    expect(calls).toBe(2);
  });

  test('without onProgress, a pass over whole blocks of a thousand objects completes', () => {
    const objects = objectsOf(Array.from({ length: 2000 }, () => ({ kind: 'ConfigMap', failing: false })));
    const outcomes = checkObjectByObject(objects, profileWith(), pools());
    expect(outcomes.find((o) => o.resolved.rule.meta.id === 'every')!.entries.length).toBe(2000);
  });
});
