import { requestsEqualLimits } from '../../../src/rules/resources/requests-equal-limits';
import { pod, runRule, safeContainer } from '../../support/manifests';

const withResources = (resources: unknown, name = 'app') => safeContainer(name, { resources });

describe('requests-equal-limits', () => {
  test('ephemeral containers are left out (the API forbids resources on them)', () => {
    const differing = { requests: { memory: '100Mi' }, limits: { memory: '200Mi' } };
    const findings = runRule(requestsEqualLimits, [pod({ containers: [withResources({})], ephemeralContainers: [withResources(differing, 'debug')], initContainers: [withResources(differing, 'init')] })]);
    expect(findings.map((f) => f.container)).toEqual(['init']);
  });

  test('passes when equal by value, or the request is unset', () => {
    expect(runRule(requestsEqualLimits, [pod({ containers: [withResources({ requests: { memory: '1Gi' }, limits: { memory: '1024Mi' } })] })])).toEqual([]);
    expect(runRule(requestsEqualLimits, [pod({ containers: [withResources({ limits: { memory: '1Gi' } })] })])).toEqual([]);
  });

  test('by default only memory is compared', () => {
    expect(runRule(requestsEqualLimits, [pod({ containers: [withResources({ requests: { cpu: '100m', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } })] })])).toEqual([]);
  });

  test('reports a memory request below the limit', () => {
    const [f] = runRule(requestsEqualLimits, [pod({ initContainers: [withResources({ requests: { memory: '256Mi' }, limits: { memory: '1Gi' } }, 'init')], containers: [] })]);
    expect(f.severity).toBe('info');
    expect(f.path).toBe('/spec/initContainers/0/resources/requests/memory');
    expect(f.message).toBe('init container "init" requests "256Mi" of memory but is limited to "1Gi"');
  });

  test('the resources option selects what is compared', () => {
    const c = withResources({ requests: { cpu: '100m', memory: '1Gi' }, limits: { cpu: '1000m', memory: '1Gi' } });
    expect(runRule(requestsEqualLimits, [pod({ containers: [c] })], { ruleOptions: { resources: ['cpu', 'memory'] } })[0].message).toContain('of cpu');
    expect(runRule(requestsEqualLimits, [pod({ containers: [withResources({ requests: { cpu: '1' }, limits: { cpu: '1000m' } })] })], { ruleOptions: { resources: ['cpu'] } })).toEqual([]);
  });

  test('missing limits and unparsable values are left to other rules', () => {
    expect(runRule(requestsEqualLimits, [pod({ containers: [withResources({ requests: { memory: '1Gi' } }), withResources({ requests: { memory: 'x' }, limits: { memory: '1Gi' } }, 'b')] })])).toEqual([]);
  });
});

describe('requests-equal-limits edge cases', () => {
  test('an unparsable limit is left to other rules', () => {
    expect(runRule(requestsEqualLimits, [pod({ containers: [withResources({ requests: { memory: '1Gi' }, limits: { memory: 'lots' } })] })])).toEqual([]);
  });

  test('resource names other than cpu, memory and ephemeral-storage in the option are ignored', () => {
    const c = withResources({ requests: { memory: '1Gi', 'nvidia.com/gpu': '1' }, limits: { memory: '1Gi', 'nvidia.com/gpu': '2' } });
    expect(runRule(requestsEqualLimits, [pod({ containers: [c] })], { ruleOptions: { resources: ['memory', 'nvidia.com/gpu'] } })).toEqual([]);
  });
});
