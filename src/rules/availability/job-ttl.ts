import { defineRule, Violation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';

/** Standalone Jobs should clean up after themselves. */
export const jobTtl = defineRule(
  {
    id: 'job-ttl',
    title: 'Job without ttlSecondsAfterFinished',
    severity: 'info',
    category: 'availability',
    description:
      'Finished Jobs and their pods stay in the cluster until someone deletes them, piling up objects, keeping logs of secrets around and holding quota. `ttlSecondsAfterFinished` lets the TTL controller remove them. Jobs created by a CronJob are cleaned up by its history limits and are not checked.',
    remediation: 'Set `spec.ttlSecondsAfterFinished` on the Job (e.g. `3600`).',
    equivalents: { 'kube-linter': ['job-ttl-seconds-after-finished'], 'kyverno': ['other/add-ttl-jobs'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'Job') return out;
    if (isSet(asObject(object.manifest.spec).ttlSecondsAfterFinished)) return out;
    out.push({ path: object.pointer('spec', 'ttlSecondsAfterFinished'), message: 'the Job sets no ttlSecondsAfterFinished, so it and its pods are never cleaned up' });
    return out;
  },
  { kinds: ['Job'] },
);
