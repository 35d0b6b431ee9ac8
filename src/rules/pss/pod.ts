import { describeContainer } from '../../engine/describe';
import { ContainerView, PodSpecView } from '../../engine/workload';

/** PSA's Windows test (`spec.os.name == "windows"`, exact): Linux-only restricted checks skip such pods from 1.25. */
export function isWindowsPod(pod: PodSpecView): boolean {
  return pod.osName === 'windows';
}

/**
 * PSA's `relaxPolicyForUserNamespacePod`: `spec.hostUsers: false` runs the pod in a user namespace,
 * where root in the container is not root on the node. Only a real boolean counts, so a mistyped
 * value cannot switch checks off.
 */
export function usesUserNamespace(pod: PodSpecView): boolean {
  return pod.spec.hostUsers === false;
}

/** `the pod` or the container, for messages. */
export function who(c?: ContainerView): string {
  return c ? describeContainer(c) : 'the pod';
}

/** Where a security context lives, for messages: `spec.securityContext` or `securityContext`. */
export function scField(c: ContainerView | undefined, field: string): string {
  return c ? `securityContext.${field}` : `spec.securityContext.${field}`;
}

/** A capability name as people commonly mean it: upper case, without a `CAP_` prefix. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

/** Explains a field that should be an object but is not (the API would reject the manifest). */
export function notObjectNote(value: unknown): string {
  const actual = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return ` (the value is ${actual}, not an object: the Kubernetes API would reject this manifest)`;
}
