import { defineRule } from '../../engine/rule';
import { NO_VIOLATIONS } from '../../engine/outcome-list';
import { asObject, asString } from '../../engine/values';

/** Where each kind keeps its update strategy, and the type that replaces pods without gradual rollout. */
const STRATEGIES: Readonly<Record<string, { field: string; bad: string }>> = {
  Deployment: { field: 'strategy', bad: 'Recreate' },
  StatefulSet: { field: 'updateStrategy', bad: 'OnDelete' },
  DaemonSet: { field: 'updateStrategy', bad: 'OnDelete' },
};

/** Workloads should update with a rolling update. */
export const rollingUpdateStrategy = defineRule(
  {
    id: 'rolling-update-strategy',
    title: 'No rolling update',
    severity: 'info',
    category: 'availability',
    description:
      '`Recreate` stops every pod before starting the new version, so each rollout is an outage; `OnDelete` never rolls out until someone deletes pods by hand, so security fixes linger. RollingUpdate (the default) replaces pods gradually.',
    remediation: 'Remove the strategy type or set it to `RollingUpdate` (`spec.strategy` on Deployments, `spec.updateStrategy` on StatefulSets and DaemonSets).',
    equivalents: { 'kube-linter': ['no-rolling-update-strategy'], 'kube-score': ['deployment-strategy'] },
  },
  (object) => {
    const strategy = STRATEGIES[object.kind];
    if (!strategy) return NO_VIOLATIONS;
    const type = asString(asObject(asObject(asObject(object.manifest.spec)[strategy.field])).type);
    if (type !== strategy.bad) return NO_VIOLATIONS; // the usual case: no list to make
    return [{ path: object.pointer('spec', strategy.field, 'type'), message: `the ${object.kind} uses the ${type} update strategy instead of RollingUpdate` }];
  },
  { kinds: Object.keys(STRATEGIES) },
);
