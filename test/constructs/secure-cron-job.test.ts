import { Cron, Duration, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { InsecurePropError, IsolatedNamespace, NetworkPeer, SecureCronJob, SecureDeployment } from '../../src/constructs';
import { appAndChart, errorOf, IMAGE, IMAGE2, objectOf, synthApp, unacceptedFindings } from './support';

describe('SecureCronJob output', () => {
  const { chart } = appAndChart('shop');
  new SecureCronJob(chart, 'cleanup', { name: 'cleanup', schedule: Cron.schedule({ minute: '30', hour: '3' }), containers: [{ image: IMAGE, scratch: ['/tmp'] }] });
  const out = Testing.synth(chart);
  const cronJob = objectOf(out, 'CronJob', 'cleanup');
  const pod = cronJob.spec.jobTemplate.spec.template.spec;

  test('the job pod is hardened like a SecureDeployment', () => {
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0].securityContext).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBe('cleanup');
    expect(pod.containers[0].resources.limits.memory).toBe('256Mi');
    expect(pod.volumes).toEqual([{ name: 'main-scratch-0', emptyDir: { sizeLimit: '64Mi' } }]);
  });

  test('runs do not overlap, are bounded and cleaned up', () => {
    expect(cronJob.spec).toMatchObject({ schedule: '30 3 * * *', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 300 });
    expect(cronJob.spec.jobTemplate.spec).toMatchObject({ activeDeadlineSeconds: 3600, backoffLimit: 2, ttlSecondsAfterFinished: 86400 });
    expect(pod.restartPolicy).toBe('Never');
    expect(cronJob.spec.jobTemplate.metadata.labels['app.kubernetes.io/name']).toBe('cleanup');
  });

  test('a deny-by-default NetworkPolicy selects the job pods', () => {
    const policy = objectOf(out, 'NetworkPolicy', 'cleanup');
    expect(policy.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'cleanup', 'app.kubernetes.io/instance': 'cleanup' });
    for (const [k, v] of Object.entries(policy.spec.podSelector.matchLabels)) expect(cronJob.spec.jobTemplate.spec.template.metadata.labels[k]).toBe(v);
    expect(policy.spec).toMatchObject({ policyTypes: ['Ingress', 'Egress'], ingress: [], egress: [] });
  });
});

test('allowTo a SecureDeployment opens both sides; job settings are overridable', () => {
  const { chart } = appAndChart('shop');
  const api = new SecureDeployment(chart, 'api', { name: 'api', containers: [{ image: IMAGE2, portNumber: 8080 }] });
  const job = new SecureCronJob(chart, 'sync', {
    name: 'sync',
    schedule: Cron.hourly(),
    concurrencyPolicy: kplus.ConcurrencyPolicy.REPLACE,
    activeDeadline: Duration.minutes(10),
    containers: [{ image: IMAGE }],
  });
  job.allowTo(api);
  const monitor = new SecureDeployment(chart, 'monitor', { name: 'monitor', containers: [{ image: IMAGE2, portNumber: 9000 }] });
  job.allowFrom(monitor, 9102);
  job.allowTo(NetworkPeer.cidr('10.1.0.0/16'), 443);
  const out = Testing.synth(chart);
  expect(objectOf(out, 'NetworkPolicy', 'sync').spec.egress).toEqual([
    { to: [{ podSelector: { matchLabels: api.selectorLabels } }], ports: [{ port: 8080, protocol: 'TCP' }] },
    { to: [{ ipBlock: { cidr: '10.1.0.0/16' } }], ports: [{ port: 443, protocol: 'TCP' }] },
  ]);
  expect(objectOf(out, 'NetworkPolicy', 'sync').spec.ingress).toEqual([{ from: [{ podSelector: { matchLabels: monitor.selectorLabels } }], ports: [{ port: 9102, protocol: 'TCP' }] }]);
  expect(objectOf(out, 'NetworkPolicy', 'monitor').spec.egress).toEqual([{ to: [{ podSelector: { matchLabels: job.selectorLabels } }], ports: [{ port: 9102, protocol: 'TCP' }] }]);
  expect(objectOf(out, 'NetworkPolicy', 'api').spec.ingress).toEqual([{ from: [{ podSelector: { matchLabels: job.selectorLabels } }], ports: [{ port: 8080, protocol: 'TCP' }] }]);
  const cronJob = objectOf(out, 'CronJob', 'sync');
  expect(cronJob.spec.concurrencyPolicy).toBe('Replace');
  expect(cronJob.spec.jobTemplate.spec.activeDeadlineSeconds).toBe(600);
});

describe('SecureCronJob with default props has no findings', () => {
  for (const profile of ['recommended', 'pss-restricted']) {
    test(profile, () => {
      const app = Testing.app();
      const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
      new SecureCronJob(ns, 'cleanup', { name: 'cleanup', schedule: Cron.daily(), containers: [{ image: IMAGE }] });
      expect(unacceptedFindings(synthApp(app), profile)).toEqual([]);
    });
  }
});

describe('SecureCronJob refuses insecure props', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['image latest', { image: 'busybox:latest' }, /`containers\[0\]\.image` uses "busybox:latest", which has the mutable tag latest/],
    ['privileged', { image: IMAGE, securityContext: { privileged: true } }, /`containers\[0\]\.securityContext\.privileged` gives the container full access to the host/],
    ['writable root', { image: IMAGE, securityContext: { readOnlyRootFilesystem: false } }, /`containers\[0\]\.securityContext\.readOnlyRootFilesystem` weakens a secure default/],
  ];
  for (const [name, container, message] of cases) {
    test(name, () => {
      const { chart } = appAndChart('shop');
      const error = errorOf(() => new SecureCronJob(chart, 'job', { schedule: Cron.daily(), containers: [container as never] }));
      expect(error).toBeInstanceOf(InsecurePropError);
      expect(error.message).toMatch(/^chart\/job: /);
      expect(error.message).toMatch(message);
    });
  }

  test('an init container running as root', () => {
    const { chart } = appAndChart('shop');
    const error = errorOf(() => new SecureCronJob(chart, 'job', { schedule: Cron.daily(), containers: [{ image: IMAGE }], initContainers: [{ image: IMAGE2, securityContext: { user: 0 } }] }));
    expect(error.message).toMatch(/`initContainers\[0\]\.securityContext\.user` is 0 \(root\)/);
  });
});
