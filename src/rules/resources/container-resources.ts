import { containerMessage, describeContainer, show } from '../../engine/describe';
import { AnalyzedObject } from '../../engine/analyze';
import { joinPointer } from '../../engine/json-pointer';
import { ContainerCheck, Violation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';
import { ContainerView } from '../../engine/workload';
import { parseQuantity } from './quantity';

export type ResourceName = 'cpu' | 'memory' | 'ephemeral-storage';
export type ResourceField = 'requests' | 'limits';

const LABEL: Readonly<Record<ResourceName, string>> = { 'cpu': 'CPU', 'memory': 'memory', 'ephemeral-storage': 'ephemeral-storage' };
const FIELD_LABEL: Readonly<Record<ResourceField, string>> = { requests: 'request', limits: 'limit' };

/** Containers that can carry resources: regular and init containers (the API forbids them on ephemeral ones). */
export function resourceContainers(object: AnalyzedObject): readonly ContainerView[] {
  const pods = object.podSpecs;
  // Stryker disable next-line ConditionalExpression,BlockStatement: fast path; the general case below gives the same containers
  if (pods.length === 1) {
    // The usual case: ephemeral containers come last in a pod's list, so without one at the end
    // the list is used as it is (five rules ask for every workload; no copies).
    const all = pods[0].containers;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: without the shortcut the general case gives the same containers
    if (!all.length || all[all.length - 1].type !== 'ephemeralContainers') return all;
  }
  return pods.flatMap((pod) => pod.containers.filter((c) => c.type !== 'ephemeralContainers'));
}

/** The raw value of `resources.<field>.<resource>`. */
export function resourceValue(c: ContainerView, field: ResourceField, resource: ResourceName): unknown {
  return asObject(asObject(c.container.resources)[field])[resource];
}

function resourcePath(c: ContainerView, field: ResourceField, resource: ResourceName): string {
  return joinPointer(c.path, 'resources', field, resource);
}

function what(field: ResourceField, resource: ResourceName): string {
  return `${LABEL[resource]} ${FIELD_LABEL[field]}`;
}

/** The rest of the message for a missing value, built once per field and resource. */
const MISSING = Object.fromEntries(
  (['requests', 'limits'] as const).map((field) => [
    field,
    Object.fromEntries((Object.keys(LABEL) as ResourceName[]).map((resource) => [resource, `has no ${what(field, resource)} (resources.${field}.${resource})`])),
  ]),
) as Readonly<Record<ResourceField, Readonly<Record<ResourceName, string>>>>;

/**
 * Reports containers whose `resources.<field>.<resource>` is missing, zero or not a quantity. A
 * request left unset while the limit is set passes: the API copies the limit into the request.
 */
export function checkResource(object: AnalyzedObject, field: ResourceField, resource: ResourceName): Violation[] {
  const out: Violation[] = [];
  const containers = resourceContainers(object);
  for (let i = 0; i < containers.length; i++) {
    const found = checkContainerResource(containers[i], field, resource);
    if (found !== undefined) out.push(found);
  }
  return out;
}

/** `checkResource` as a container check, for rules about one resource value. */
export function resourceCheck(field: ResourceField, resource: ResourceName): ContainerCheck {
  // The API forbids resources on ephemeral containers.
  return (c) => (c.type === 'ephemeralContainers' ? undefined : checkContainerResource(c, field, resource));
}

function checkContainerResource(c: ContainerView, field: ResourceField, resource: ResourceName): Violation | undefined {
  const value = resourceValue(c, field, resource);
  if (!isSet(value)) {
    if (field === 'requests' && parseQuantity(resourceValue(c, 'limits', resource))) return undefined;
    return { path: resourcePath(c, field, resource), container: c.name, message: containerMessage(c, MISSING[field][resource]) };
  }
  const quantity = parseQuantity(value);
  if (quantity !== undefined && !(quantity <= 0)) return undefined; // the usual case: nothing to build
  const path = resourcePath(c, field, resource);
  if (quantity === undefined) {
    return { path, container: c.name, message: `${describeContainer(c)} has a ${what(field, resource)} of ${show(value)}, which is not a valid quantity` };
  }
  // quantity <= 0 here
  return { path, container: c.name, message: `${describeContainer(c)} has a ${what(field, resource)} of ${show(value)}, which reserves nothing` };
}
