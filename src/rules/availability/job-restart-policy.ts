import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { isSet } from '../../engine/values';

/** Job pods need restartPolicy OnFailure or Never. */
export const jobRestartPolicy = defineRule(
  {
    id: 'job-restart-policy',
    title: 'Job pod restartPolicy not OnFailure or Never',
    severity: 'error',
    category: 'availability',
    description:
      'A pod template of a Job or CronJob must set `restartPolicy` to `OnFailure` or `Never`. The pod default, `Always`, is rejected by the API for Jobs, so a manifest that leaves it out cannot be applied.',
    remediation: 'Set `restartPolicy: OnFailure` (retry in place) or `restartPolicy: Never` (a new pod per retry, keeps failed pods for debugging) in the pod template.',
    equivalents: { 'kube-linter': ['restart-policy'], 'kube-score': ['cronjob-restartpolicy'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'Job' && object.kind !== 'CronJob') return out;
    for (let i = 0; i < object.podSpecs.length; i++) {
      const pod = object.podSpecs[i];
      const value = pod.spec.restartPolicy;
      if (value === 'OnFailure' || value === 'Never') continue;
      const state = isSet(value) ? `sets restartPolicy=${show(value)}` : 'sets no restartPolicy (the default Always is not allowed for Jobs)';
      out.push({ path: joinPointer(pod.path, 'restartPolicy'), message: `the ${object.kind} pod template ${state}` });
    }
    return out;
  },
  { kinds: ['Job', 'CronJob'] },
);
