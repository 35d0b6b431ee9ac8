import * as fc from 'fast-check';
import { analyzeAll } from '../../src/engine/evaluate';
import { checkObjectByObject, NO_VIOLATION } from '../../src/engine/object-pass';
import { defineCrossObjectRule, defineRule, RuleApplicability, RuleMetadata, Violation } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { ResolvedProfile, resolveRule } from '../../src/profiles/profile';
import { deployment, safeContainer } from '../support/manifests';

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
        const outcomes = checkObjectByObject(objects, profile);
        const single = profile.rules.filter((r) => r.rule.check);
        expect(outcomes.map((o) => o.resolved)).toEqual(single);
        outcomes.forEach((out, r) => {
          const rule = single[r].rule;
          const expected: Array<[string | undefined, Violation]> = [];
          const failedAt: number[] = [];
          for (const object of objects) {
            const applies = (!rule.appliesTo?.podSpecs || object.podSpecs.length > 0) && (!rule.appliesTo?.kinds || rule.appliesTo.kinds.includes(object.kind));
            if (!applies) continue;
            try {
              for (const v of rule.check!(object, { kubernetesVersion: VERSION, options: {} })) expected.push([object.ref.name, v]);
            } catch {
              failedAt.push(expected.length);
              expected.push([object.ref.name, NO_VIOLATION]);
            }
          }
          expect(out.owners.map((o, i) => [o.ref.name, out.violations[i]])).toEqual(expected);
          expect([...out.failures.keys()]).toEqual(failedAt);
          for (const [i, failure] of out.failures) {
            expect(failure.ruleId).toBe('flaky');
            expect(failure.severity).toBe('error');
            expect(failure.message).toContain(`cannot read ${out.owners[i].ref.name}`);
          }
        });
      }),
    );
  });

  test('all rules see one object before any rule sees the next', () => {
    const calls: string[] = [];
    checkObjectByObject(objectsOf([{ kind: 'Deployment', failing: false }, { kind: 'Service', failing: false }]), profileWith(calls));
    expect(calls).toEqual(['every o-0', 'pods o-0', 'flaky o-0', 'every o-1', 'services o-1', 'flaky o-1']);
  });

  test('onProgress is called after every thousand objects', () => {
    let calls = 0;
    const objects = objectsOf(Array.from({ length: 2999 }, () => ({ kind: 'ConfigMap', failing: false })));
    checkObjectByObject(objects, profileWith(), () => calls++);
    expect(calls).toBe(2);
    checkObjectByObject(objects.slice(0, 999), profileWith(), () => calls++);
    expect(calls).toBe(2);
  });
});
