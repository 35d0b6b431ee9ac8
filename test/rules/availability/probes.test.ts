import { livenessProbe } from '../../../src/rules/availability/liveness-probe';
import { readinessProbe } from '../../../src/rules/availability/readiness-probe';
import { cronJob, deployment, pod, runRule, safeContainer } from '../../support/manifests';

const PROBE = { httpGet: { path: '/healthz', port: 8080 } };

describe.each([
  ['liveness-probe', livenessProbe, 'livenessProbe'],
  ['readiness-probe', readinessProbe, 'readinessProbe'],
] as const)('%s', (_id, rule, field) => {
  test('passes when the probe is set', () => {
    expect(runRule(rule, [deployment({ containers: [safeContainer('app', { [field]: PROBE })] })])).toEqual([]);
  });

  test('fails when missing, pointing at the probe field', () => {
    const [f] = runRule(rule, [deployment({ containers: [safeContainer('app', { [field]: PROBE }), safeContainer('side')] })]);
    expect(f.container).toBe('side');
    expect(f.path).toBe('/spec/template/spec/containers/1');
    expect(f.message).toContain(`container "side" has no ${field}`);
  });

  test('a probe that is not an object does not count', () => {
    expect(runRule(rule, [pod({ containers: [safeContainer('app', { [field]: 'yes' })] })])[0].path).toBe(`/spec/containers/0/${field}`);
  });

  test('native sidecars are checked; plain init and ephemeral containers are not', () => {
    const spec = {
      containers: [safeContainer('app', { [field]: PROBE })],
      initContainers: [safeContainer('migrate'), safeContainer('proxy', { restartPolicy: 'Always' })],
      ephemeralContainers: [safeContainer('dbg')],
    };
    expect(runRule(rule, [deployment(spec)]).map((f) => f.container)).toEqual(['proxy']);
  });

  test('run-to-completion pods are skipped: Jobs, CronJobs, restartPolicy Never/OnFailure', () => {
    expect(runRule(rule, [cronJob({ restartPolicy: 'OnFailure', containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(rule, [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: { containers: [safeContainer()] } } } }])).toEqual([]);
    expect(runRule(rule, [pod({ restartPolicy: 'Never', containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(rule, [pod({ containers: [safeContainer()] })])).toHaveLength(1);
  });
});

describe('probe messages and run-to-completion pods', () => {
  test('the message says what the missing probe is for', () => {
    expect(runRule(livenessProbe, [pod({ containers: [safeContainer()] })]).map((f) => f.message)).toEqual(['container "app" has no livenessProbe, so a hung process is never restarted']);
    expect(runRule(readinessProbe, [pod({ containers: [safeContainer()] })]).map((f) => f.message)).toEqual(['container "app" has no readinessProbe, so it gets traffic before it is ready']);
  });

  test('a CronJob is skipped whatever its restartPolicy, and so is a pod with OnFailure', () => {
    expect(runRule(livenessProbe, [cronJob({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(livenessProbe, [pod({ restartPolicy: 'OnFailure', containers: [safeContainer()] })])).toEqual([]);
  });

  test('ephemeral containers are not checked even with restartPolicy Always', () => {
    const spec = { containers: [safeContainer('app', { livenessProbe: PROBE })], ephemeralContainers: [safeContainer('dbg', { restartPolicy: 'Always' })] };
    expect(runRule(livenessProbe, [pod(spec)])).toEqual([]);
  });
});
