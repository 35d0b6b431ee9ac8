import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';

/** CronJobs should decide what happens when a run overlaps the next. */
export const cronJobConcurrencyPolicy = defineRule(
  {
    id: 'cronjob-concurrency-policy',
    title: 'CronJob allows concurrent runs',
    severity: 'info',
    category: 'availability',
    description:
      'The default `concurrencyPolicy: Allow` starts a new run even while the previous one is still going. A slow or hanging job then piles up parallel copies that compete for the same data and resources.',
    remediation: 'Set `spec.concurrencyPolicy: Forbid` (skip a run while one is active) or `Replace` (stop the old run); keep `Allow` only for jobs that are safe to run in parallel.',
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'CronJob') return out;
    const value = asObject(object.manifest.spec).concurrencyPolicy;
    if (value === 'Forbid' || value === 'Replace') return out;
    const path = object.pointer('spec', 'concurrencyPolicy');
    const state = isSet(value) ? `sets concurrencyPolicy=${show(value)}` : 'sets no concurrencyPolicy (default Allow)';
    out.push({ path, message: `the CronJob ${state}, so runs can overlap` });
    return out;
  },
  { kinds: ['CronJob'] },
);
