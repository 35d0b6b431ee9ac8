import { describeContainer, TextMemo } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { ContainerView, Located, PodSpecView } from '../../engine/workload';

/**
 * Pods where user and group ids of the manifest do not reach the node: Windows pods (no Linux ids)
 * and pods in a user namespace (`hostUsers: false`), whose ids are remapped to unprivileged ones.
 */
export function idsDoNotApply(pod: PodSpecView): boolean {
  return pod.osName === 'windows' || pod.spec.hostUsers === false;
}

/** Containers grouped by where an effective setting comes from: the pod, a container, or nowhere. */
export interface SettingSource {
  /** The setting, or undefined when neither the container nor the pod sets it. */
  readonly located?: Located;
  readonly containers: ContainerView[];
}

/**
 * Groups containers by the source of an effective setting, so a pod-level value (or a value missing
 * everywhere) yields one finding instead of one per container.
 */
export function groupBySource(pod: PodSpecView, pick: (c: ContainerView) => Located | undefined): SettingSource[] {
  // One container, the usual pod: one group, without the map (several rules ask for every workload).
  // Stryker disable next-line ConditionalExpression: fast path; the map below gives the same single group
  if (pod.containers.length === 1) return [{ located: pick(pod.containers[0]), containers: [pod.containers[0]] }];
  const groups = new Map<string, { located?: Located; containers: ContainerView[] }>();
  for (let i = 0; i < pod.containers.length; i++) {
    const c = pod.containers[i];
    const located = pick(c);
    // Stryker disable next-line StringLiteral: any constant that is not a JSON pointer groups the unset containers the same way
    const key = located ? located.path : '';
    const group = groups.get(key) ?? { located, containers: [] };
    group.containers.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** `container "a", init container "b"`. */
export function listContainers(containers: readonly ContainerView[]): string {
  // One container, the usual pod: its shared description, no list joined anew per object.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: joining a one-element list gives the same text
  if (containers.length === 1) return describeContainer(containers[0]);
  return containers.map(describeContainer).join(', ');
}

/**
 * Checks an id setting of the containers (`effective.runAsUser` or `runAsGroup`) group by group of
 * where it comes from: a group where neither the pod nor its containers set it gets `unset`'s text
 * for its container names; for a set value, `judge` returns the message, or undefined when it is fine.
 */
export function checkIdGroups(
  pod: PodSpecView,
  field: 'runAsUser' | 'runAsGroup',
  unset: TextMemo,
  judge: (located: Located, names: string, count: number) => string | undefined,
): Violation[] {
  const out: Violation[] = [];
  const groups = groupBySource(pod, (c) => c.effective[field]);
  for (let j = 0; j < groups.length; j++) {
    const { located, containers } = groups[j];
    const names = listContainers(containers);
    const container = containers.length === 1 ? containers[0].name : undefined;
    if (!located) {
      out.push({ path: appendPointer(pod.securityContextPath, field), container, message: unset.get(names) });
      continue;
    }
    const message = judge(located, names, containers.length);
    if (message !== undefined) out.push({ path: located.path, container, message });
  }
  return out;
}
