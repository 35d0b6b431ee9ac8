import { cronJobConcurrencyPolicy } from '../../../src/rules/availability/cronjob-concurrency-policy';
import { cronJobStartingDeadline } from '../../../src/rules/availability/cronjob-starting-deadline';
import { jobRestartPolicy } from '../../../src/rules/availability/job-restart-policy';
import { jobTtl } from '../../../src/rules/availability/job-ttl';
import { cronJob, deployment, runRule, safeContainer } from '../../support/manifests';

const job = (spec: Record<string, unknown>, podSpec: Record<string, unknown> = { restartPolicy: 'Never', containers: [safeContainer()] }) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'j', namespace: 'team' },
  spec: { ...spec, template: { spec: podSpec } },
});
const withCronSpec = (extra: Record<string, unknown>) => {
  const cj = cronJob({ restartPolicy: 'OnFailure', containers: [safeContainer()] });
  return { ...cj, spec: { ...(cj.spec as object), ...extra } };
};

describe('job-ttl', () => {
  test('passes with ttlSecondsAfterFinished; CronJobs and other kinds are not checked', () => {
    expect(runRule(jobTtl, [job({ ttlSecondsAfterFinished: 600 }), withCronSpec({}), deployment({ containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports a standalone Job without it', () => {
    const [f] = runRule(jobTtl, [job({})]);
    expect(f.path).toBe('/spec');
    expect(f.message).toContain('sets no ttlSecondsAfterFinished');
  });
});

describe('job-restart-policy', () => {
  test('passes for OnFailure and Never', () => {
    expect(runRule(jobRestartPolicy, [job({}), withCronSpec({})])).toEqual([]);
  });

  test('fails when unset or Always, in Jobs and CronJob templates', () => {
    const [f] = runRule(jobRestartPolicy, [cronJob({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec');
    expect(f.message).toBe('the CronJob pod template sets no restartPolicy (the default Always is not allowed for Jobs)');
    expect(runRule(jobRestartPolicy, [job({}, { restartPolicy: 'Always', containers: [] })])[0].path).toBe('/spec/template/spec/restartPolicy');
  });

  test('other kinds are not checked', () => {
    expect(runRule(jobRestartPolicy, [deployment({ containers: [safeContainer()] })])).toEqual([]);
  });
});

describe('cronjob-starting-deadline', () => {
  test('passes with a deadline of 10 seconds or more', () => {
    expect(runRule(cronJobStartingDeadline, [withCronSpec({ startingDeadlineSeconds: 300 })])).toEqual([]);
  });

  test('reports a missing, too short or mistyped deadline', () => {
    const [f] = runRule(cronJobStartingDeadline, [withCronSpec({})]);
    expect(f.message).toContain('after 100 missed schedules it stops running');
    expect(runRule(cronJobStartingDeadline, [withCronSpec({ startingDeadlineSeconds: 5 })])[0].path).toBe('/spec/startingDeadlineSeconds');
    expect(runRule(cronJobStartingDeadline, [withCronSpec({ startingDeadlineSeconds: 'soon' })])[0].message).toContain('"soon"');
  });
});

describe('cronjob-concurrency-policy', () => {
  test('passes for Forbid and Replace', () => {
    expect(runRule(cronJobConcurrencyPolicy, [withCronSpec({ concurrencyPolicy: 'Forbid' }), withCronSpec({ concurrencyPolicy: 'Replace' })])).toEqual([]);
  });

  test('reports the default and Allow', () => {
    expect(runRule(cronJobConcurrencyPolicy, [withCronSpec({})])[0].message).toBe('the CronJob sets no concurrencyPolicy (default Allow), so runs can overlap');
    expect(runRule(cronJobConcurrencyPolicy, [withCronSpec({ concurrencyPolicy: 'Allow' })])[0].path).toBe('/spec/concurrencyPolicy');
  });
});

describe('exact findings of the Job and CronJob rules', () => {
  test('job-ttl message', () => {
    expect(runRule(jobTtl, [job({})]).map((f) => f.message)).toEqual(['the Job sets no ttlSecondsAfterFinished, so it and its pods are never cleaned up']);
  });

  test('job-ttl treats an explicit null as unset and points at the field', () => {
    expect(runRule(jobTtl, [job({ ttlSecondsAfterFinished: null })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/ttlSecondsAfterFinished', 'the Job sets no ttlSecondsAfterFinished, so it and its pods are never cleaned up'],
    ]);
  });

  test('job-restart-policy names an explicit wrong policy', () => {
    expect(runRule(jobRestartPolicy, [job({}, { restartPolicy: 'Always', containers: [safeContainer()] })]).map((f) => f.message)).toEqual([
      'the Job pod template sets restartPolicy="Always"',
    ]);
  });

  test('cronjob-concurrency-policy names an explicit Allow', () => {
    expect(runRule(cronJobConcurrencyPolicy, [withCronSpec({ concurrencyPolicy: 'Allow' })]).map((f) => f.message)).toEqual([
      'the CronJob sets concurrencyPolicy="Allow", so runs can overlap',
    ]);
  });

  test('cronjob-starting-deadline accepts exactly 10 seconds and rejects 9', () => {
    expect(runRule(cronJobStartingDeadline, [withCronSpec({ startingDeadlineSeconds: 10 })])).toEqual([]);
    expect(runRule(cronJobStartingDeadline, [withCronSpec({ startingDeadlineSeconds: 9 })]).map((f) => f.message)).toEqual([
      'the CronJob sets startingDeadlineSeconds=9; use a number of at least 10',
    ]);
  });
});
