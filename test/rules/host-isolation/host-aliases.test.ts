import { hostAliases } from '../../../src/rules/host-isolation/host-aliases';
import { pod, runRule, safeContainer } from '../../support/manifests';

describe('host-aliases', () => {
  test('passes without hostAliases or with an empty list', () => {
    expect(runRule(hostAliases, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(hostAliases, [pod({ containers: [safeContainer()], hostAliases: [] })])).toEqual([]);
  });

  test('fails and names the overridden host names', () => {
    const [f] = runRule(hostAliases, [pod({ containers: [safeContainer()], hostAliases: [{ ip: '10.0.0.1', hostnames: ['db.internal', 'cache'] }] })]);
    expect(f.path).toBe('/spec/hostAliases');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('db.internal, cache');
  });

  test('a wrong type is still reported, without throwing', () => {
    expect(runRule(hostAliases, [pod({ containers: [safeContainer()], hostAliases: 'x' })])[0].message).toBe('the pod overrides /etc/hosts with spec.hostAliases');
  });
});
