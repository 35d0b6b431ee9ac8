import { containerMessage, describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { ContainerCheck, Violation } from '../../engine/rule';
import { asObject, isSet } from '../../engine/values';
import { ContainerView } from '../../engine/workload';
import { parseQuantity } from './quantity';

export type ResourceName = 'cpu' | 'memory' | 'ephemeral-storage';
export type ResourceField = 'requests' | 'limits';

const LABEL: Readonly<Record<ResourceName, string>> = { 'cpu': 'CPU', 'memory': 'memory', 'ephemeral-storage': 'ephemeral-storage' };
const FIELD_LABEL: Readonly<Record<ResourceField, string>> = { requests: 'request', limits: 'limit' };

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

/** `a CPU limit`, `an ephemeral-storage request`. */
function withArticle(text: string): string {
  return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`;
}

/** The rest of the message for a missing value, built once per field and resource. */
const MISSING = Object.fromEntries(
  (['requests', 'limits'] as const).map((field) => [
    field,
    Object.fromEntries((Object.keys(LABEL) as ResourceName[]).map((resource) => [resource, `has no ${what(field, resource)} (resources.${field}.${resource})`])),
  ]),
) as Readonly<Record<ResourceField, Readonly<Record<ResourceName, string>>>>;

/**
 * What is wrong with a container's `resources.<field>.<resource>`: missing, zero or not a quantity.
 * A request left unset while the limit is set passes (the API copies the limit into the request),
 * and ephemeral containers pass (the API forbids resources on them).
 */
export function resourceViolation(c: ContainerView, field: ResourceField, resource: ResourceName): Violation | undefined {
  return c.type === 'ephemeralContainers' ? undefined : checkContainerResource(c, field, resource);
}

/** `resourceViolation` as a container check, for rules about one resource value. */
export function resourceCheck(field: ResourceField, resource: ResourceName): ContainerCheck {
  return (c) => resourceViolation(c, field, resource);
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
    return { path, container: c.name, message: `${describeContainer(c)} has ${withArticle(what(field, resource))} of ${show(value)}, which is not a valid quantity` };
  }
  // quantity <= 0 here
  return { path, container: c.name, message: `${describeContainer(c)} has ${withArticle(what(field, resource))} of ${show(value)}, which reserves nothing` };
}
