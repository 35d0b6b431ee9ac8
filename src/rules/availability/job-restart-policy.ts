import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { isSet } from '../../engine/values';

/** Job pods need restartPolicy OnFailure or Never. */
export const jobRestartPolicy = definePodSpecRule(
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
  (pod, object) => {
    if (object.kind !== 'Job' && object.kind !== 'CronJob') return undefined;
    const value = pod.spec.restartPolicy;
    if (value === 'OnFailure' || value === 'Never') return undefined;
    const state = isSet(value) ? `sets restartPolicy=${show(value)}` : 'sets no restartPolicy (the default Always is not allowed for Jobs)';
    return { path: appendPointer(pod.path, 'restartPolicy'), message: `the ${object.kind} pod template ${state}` };
  },
  { kinds: ['Job', 'CronJob'] },
);
