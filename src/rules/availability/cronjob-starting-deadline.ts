import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { asInteger, asObject, isSet } from '../../engine/values';

/** CronJobs should set startingDeadlineSeconds. */
export const cronJobStartingDeadline = defineRule(
  {
    id: 'cronjob-starting-deadline',
    title: 'CronJob without startingDeadlineSeconds',
    severity: 'warning',
    category: 'availability',
    description:
      'Without `startingDeadlineSeconds` the CronJob controller counts every schedule missed since the last run; after more than 100 misses (controller down, cluster upgrade, suspended CronJob) it stops starting the job altogether and only logs an error. A deadline bounds the window that is counted.',
    remediation: 'Set `spec.startingDeadlineSeconds` to how late a run may still start (e.g. `300`), and at least 10 seconds.',
    equivalents: { 'kube-score': ['cronjob-has-deadline'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'CronJob') return out;
    const value = asObject(object.manifest.spec).startingDeadlineSeconds;
    const path = object.pointer('spec', 'startingDeadlineSeconds');
    if (!isSet(value)) {
      out.push({ path, message: 'the CronJob sets no startingDeadlineSeconds; after 100 missed schedules it stops running' });
    } else {
      const seconds = asInteger(value);
      // The controller checks every 10 seconds, so a shorter deadline can skip runs.
      if (seconds === undefined || seconds < 10) out.push({ path, message: `the CronJob sets startingDeadlineSeconds=${show(value)}; use a number of at least 10` });
    }
    return out;
  },
  { kinds: ['CronJob'] },
);
