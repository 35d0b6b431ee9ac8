import { cpuLimits } from '../../../src/rules/resources/cpu-limits';
import { cpuRequests } from '../../../src/rules/resources/cpu-requests';
import { memoryLimits } from '../../../src/rules/resources/memory-limits';
import { memoryRequests } from '../../../src/rules/resources/memory-requests';
import { cronJob, deployment, pod, runRule, safeContainer } from '../../support/manifests';

const withResources = (resources: unknown, name = 'app') => safeContainer(name, { resources });
const FULL = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '128Mi' } };

const cases = [
  { rule: cpuRequests, field: 'requests', resource: 'cpu', label: 'CPU request', severity: 'warning' },
  { rule: cpuLimits, field: 'limits', resource: 'cpu', label: 'CPU limit', severity: 'info' },
  { rule: memoryRequests, field: 'requests', resource: 'memory', label: 'memory request', severity: 'warning' },
  { rule: memoryLimits, field: 'limits', resource: 'memory', label: 'memory limit', severity: 'warning' },
] as const;

describe.each(cases)('$rule.meta.id', ({ rule, field, resource, label, severity }) => {
  test('passes when set', () => {
    expect(runRule(rule, [pod({ containers: [withResources(FULL)] })])).toEqual([]);
  });

  test('fails when missing, naming the field', () => {
    const [f] = runRule(rule, [deployment({ containers: [withResources({})] })]);
    expect(f.severity).toBe(severity);
    expect(f.message).toBe(`container "app" has no ${label} (resources.${field}.${resource})`);
    expect(f.path).toBe('/spec/template/spec/containers/0/resources');
  });

  test('fails for zero and for values that are not quantities', () => {
    const zero = { ...FULL, [field]: { ...FULL[field], [resource]: '0' } };
    expect(runRule(rule, [pod({ containers: [withResources(zero)] })])[0].message).toBe(`container "app" has a ${label} of "0", which reserves nothing`);
    const bad = { ...FULL, [field]: { ...FULL[field], [resource]: 'lots' } };
    const [f] = runRule(rule, [pod({ containers: [withResources(bad)] })]);
    expect(f.message).toBe(`container "app" has a ${label} of "lots", which is not a valid quantity`);
    expect(f.path).toBe(`/spec/containers/0/resources/${field}/${resource}`);
  });

  test('init containers are checked, ephemeral containers are not (the API forbids resources there)', () => {
    const spec = { containers: [withResources(FULL)], initContainers: [withResources(undefined, 'init')], ephemeralContainers: [withResources(undefined, 'dbg')] };
    expect(runRule(rule, [cronJob(spec)]).map((f) => f.container)).toEqual(['init']);
  });
});

describe('request defaulting', () => {
  test('a request left unset defaults to the limit, so it passes', () => {
    const c = withResources({ limits: { cpu: '500m', memory: '1Gi' } });
    expect(runRule(cpuRequests, [pod({ containers: [c] })])).toEqual([]);
    expect(runRule(memoryRequests, [pod({ containers: [c] })])).toEqual([]);
  });

  test('a request does not stand in for a missing limit', () => {
    expect(runRule(memoryLimits, [pod({ containers: [withResources({ requests: { memory: '1Gi' } })] })])).toHaveLength(1);
  });
});
