import { runtimeClass } from '../../../src/rules/host-isolation/runtime-class';
import { pod, runRule, safeContainer } from '../../support/manifests';

describe('runtime-class', () => {
  test('any runtime class passes by default', () => {
    expect(runRule(runtimeClass, [pod({ runtimeClassName: 'gvisor', containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports a missing or empty runtimeClassName at info', () => {
    const [f] = runRule(runtimeClass, [pod({ containers: [safeContainer()] })]);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('no runtimeClassName');
    expect(runRule(runtimeClass, [pod({ runtimeClassName: ' ', containers: [safeContainer()] })])).toHaveLength(1);
    expect(runRule(runtimeClass, [pod({ runtimeClassName: 7, containers: [safeContainer()] })])[0].message).toContain('not a string');
  });

  test('allowedRuntimeClasses restricts the accepted classes', () => {
    const opts = { ruleOptions: { allowedRuntimeClasses: ['kata'] } };
    expect(runRule(runtimeClass, [pod({ runtimeClassName: 'kata', containers: [safeContainer()] })], opts)).toEqual([]);
    const [f] = runRule(runtimeClass, [pod({ runtimeClassName: 'runc', containers: [safeContainer()] })], opts);
    expect(f.path).toBe('/spec/runtimeClassName');
    expect(f.message).toContain('"runc", which is not one of the allowed classes kata');
  });
});

describe('runtime-class option details', () => {
  test('lists every allowed class; non-string entries are ignored', () => {
    const runc = pod({ runtimeClassName: 'runc', containers: [safeContainer()] });
    expect(runRule(runtimeClass, [runc], { ruleOptions: { allowedRuntimeClasses: ['kata', 'gvisor'] } }).map((f) => f.message)).toEqual([
      'the pod uses runtimeClassName "runc", which is not one of the allowed classes kata, gvisor',
    ]);
    expect(runRule(runtimeClass, [runc], { ruleOptions: { allowedRuntimeClasses: [42] } })).toEqual([]);
  });
});
