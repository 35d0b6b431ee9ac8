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

describe('host-aliases message', () => {
  const message = (aliases: unknown) => runRule(hostAliases, [pod({ containers: [safeContainer()], hostAliases: aliases })]).map((f) => f.message);

  test('lists up to five host names exactly, then an ellipsis', () => {
    expect(message([{ ip: '10.0.0.1', hostnames: ['a', 'b'] }, { ip: '10.0.0.2', hostnames: ['c', 'd', 'e'] }])).toEqual([
      'the pod overrides /etc/hosts with spec.hostAliases: a, b, c, d, e',
    ]);
    expect(message([{ ip: '10.0.0.1', hostnames: ['a', 'b', 'c', 'd', 'e', 'f'] }])).toEqual([
      'the pod overrides /etc/hosts with spec.hostAliases: a, b, c, d, e, …',
    ]);
  });

  test('skips non-string host names, and shows no list when none is left', () => {
    expect(message([{ ip: '10.0.0.1', hostnames: [42, 'db'] }])).toEqual(['the pod overrides /etc/hosts with spec.hostAliases: db']);
    expect(message([{ ip: '10.0.0.1', hostnames: [42] }])).toEqual(['the pod overrides /etc/hosts with spec.hostAliases']);
    expect(message([{ ip: '10.0.0.1' }])).toEqual(['the pod overrides /etc/hosts with spec.hostAliases']);
  });
});
