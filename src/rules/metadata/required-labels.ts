import { AnalyzedObject } from '../../engine/analyze';
import { TextMemo } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { stringListOption } from '../rbac/policy-rules';

/** Ownership and app labels make objects traceable and let selectors, policies and cost reports work. */
export const requiredLabels = defineRule(
  {
    id: 'required-labels',
    title: 'Required labels or annotations missing',
    severity: 'info',
    category: 'metadata',
    description:
      'Objects without the labels and annotations your organization relies on (app name, owner, contact) cannot be traced to a team or selected by policies, dashboards and cost reports. The lists are options; by default only `app.kubernetes.io/name` is required. `kinds` limits the rule to some kinds (empty: every kind).',
    remediation: 'Add the missing labels/annotations; in cdk8s, set them once on the Chart (`labels`) or with `ApiObject.of(x).metadata.addLabel`.',
    equivalents: {
      'polaris': ['metadataAndInstanceMismatched'],
      'kube-linter': ['required-label-owner', 'required-annotation-email'],
      'kyverno': ['best-practices/require-labels', 'other/require-annotations'],
    },
    defaultOptions: { labels: ['app.kubernetes.io/name'], annotations: [], kinds: [] },
  },
  (object, context) => {
    const kinds = stringListOption(context.options.kinds);
    if (!object.kind || (kinds.length && !kinds.includes(object.kind))) return [];
    const out: Violation[] = [];
    reportMissing(out, object, 'labels', object.labels, stringListOption(context.options.labels));
    reportMissing(out, object, 'annotations', object.annotations, stringListOption(context.options.annotations));
    return out;
  },
);

/** Adds a violation for each required key that `present` lacks or leaves empty. */
function reportMissing(out: Violation[], object: AnalyzedObject, field: 'labels' | 'annotations', present: Readonly<Record<string, string>>, required: readonly string[]): void {
  for (let i = 0; i < required.length; i++) {
    const key = required[i];
    const value = present[key];
    if (value !== undefined && value.trim() !== '') continue;
    out.push({ path: object.pointer('metadata', field, key), message: messageFor(field, value === undefined, key).get(object.kind) });
  }
}

/** Messages by field, missing or empty, and required key, then by kind: one shared copy each (this rule reports on most objects of an app). */
const MESSAGES: Readonly<Record<'labels' | 'annotations', readonly [missing: Map<string, TextMemo>, empty: Map<string, TextMemo>]>> = {
  labels: [new Map(), new Map()],
  annotations: [new Map(), new Map()],
};

function messageFor(field: 'labels' | 'annotations', missing: boolean, key: string): TextMemo {
  const byKey = MESSAGES[field][missing ? 0 : 1];
  let memo = byKey.get(key);
  // Stryker disable next-line ConditionalExpression: a new memo gives the same texts; only speed differs
  if (memo === undefined) {
    const text = `${missing ? 'has no' : 'has an empty'} ${field === 'labels' ? 'label' : 'annotation'} "${key}"`;
    memo = new TextMemo((kind) => `${kind} ${text}`);
    byKey.set(key, memo);
  }
  return memo;
}
