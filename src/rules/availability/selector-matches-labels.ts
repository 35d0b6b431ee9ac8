import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { asObject, isObject, isOn, isSet } from '../../engine/values';
import { isEmptyLabelSelector, labelMap, Labels, unmetRequirement } from '../../engine/selectors';
import { NO_VIOLATIONS } from '../../engine/outcome-list';
import { AnalyzedObject } from '../../engine/analyze';

/** Kinds whose API requires a selector that matches the template labels. */
const SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** A workload's selector must select its own pod template. */
export const selectorMatchesLabels = defineRule(
  {
    id: 'selector-matches-labels',
    title: 'Selector does not match the pod template labels',
    severity: 'error',
    category: 'availability',
    description:
      'A Deployment, ReplicaSet, StatefulSet or DaemonSet manages the pods its `spec.selector` selects. If the selector does not match `spec.template.metadata.labels` the API rejects the object; if it is missing or empty it is rejected too. Jobs with `manualSelector: true` and ReplicationControllers with an explicit selector are checked as well.',
    remediation: 'Make every `matchLabels` entry (and `matchExpressions` term) of `spec.selector` hold for the labels in `spec.template.metadata.labels`.',
    equivalents: {
      'kube-linter': ['mismatching-selector'],
      'kube-score': ['deployment-pod-selector-labels-match-template-metadata-labels', 'statefulset-pod-selector-labels-match-template-metadata-labels'],
    },
  },
  (object) => {
    const spec = asObject(object.manifest.spec);
    if (object.kind === 'ReplicationController') {
      // A plain map; when unset the API copies the template labels.
      // Stryker disable next-line ConditionalExpression: fast path; an unset selector gives an empty matchLabels, which selects every pod template
      if (!isSet(spec.selector)) return NO_VIOLATIONS;
      const mismatch = unmetRequirement({ matchLabels: spec.selector }, templateLabels(spec));
      return mismatch ? selectorViolation(object, `the ReplicationController selector does not select its pod template: ${mismatch}`) : NO_VIOLATIONS;
    }
    const checked = SELECTOR_KINDS.has(object.kind) || (object.kind === 'Job' && isOn(spec.manualSelector));
    if (!checked) return NO_VIOLATIONS;
    if (!isObject(spec.selector) || isEmptyLabelSelector(spec.selector)) {
      const what = isSet(spec.selector) ? `an empty or invalid selector ${show(spec.selector)}` : 'no spec.selector';
      return selectorViolation(object, `the ${object.kind} has ${what}; the API requires one that matches the pod template labels`);
    }
    const mismatch = unmetRequirement(spec.selector, templateLabels(spec));
    return mismatch ? selectorViolation(object, `the ${object.kind} selector does not select its pod template: ${mismatch}`) : NO_VIOLATIONS;
  },
  { kinds: [...SELECTOR_KINDS, 'ReplicationController', 'Job'] },
);

function templateLabels(spec: Record<string, unknown>): Labels {
  return labelMap(asObject(asObject(asObject(spec.template).metadata).labels));
}

/** The one violation of an object (its pointer is built only then: most workloads pass). */
function selectorViolation(object: AnalyzedObject, message: string): Violation[] {
  return [{ path: object.pointer('spec', 'selector'), message }];
}
