import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { asObject, isObject, isSet, typeNote } from '../../engine/values';
import { ContainerView } from '../../engine/workload';
import { notObjectNote, scField, who } from './pod';

/** Seccomp profile types both PSS levels accept in `securityContext.seccompProfile.type`. */
export const ALLOWED_SECCOMP_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

/** What a security context says about seccomp: unset, an allowed profile, or a forbidden one. */
export type SeccompSetting = { readonly state: 'unset' } | { readonly state: 'allowed' } | { readonly state: 'forbidden'; readonly path: string; readonly detail: string };

/**
 * Reads `seccompProfile` the way PSA does: a present profile counts as set, and its `type` must be
 * exactly `RuntimeDefault` or `Localhost` (an empty or missing type is forbidden, like `Unconfined`).
 */
export function readSeccomp(sc: Record<string, unknown>, scPath: string): SeccompSetting {
  const profile = sc.seccompProfile;
  if (!isSet(profile)) return { state: 'unset' };
  const base = appendPointer(scPath, 'seccompProfile');
  if (!isObject(profile)) return { state: 'forbidden', path: base, detail: `${show(profile)}${notObjectNote(profile)}` };
  const type = asObject(profile).type;
  if (typeof type === 'string' && ALLOWED_SECCOMP_TYPES.has(type)) return { state: 'allowed' };
  return {
    state: 'forbidden',
    path: appendPointer(base, 'type'),
    detail: isSet(type) ? `type ${show(type)}${typeNote(type, 'string')}` : 'no type',
  };
}

/** Message for a forbidden seccomp setting on the pod (container undefined) or a container. */
export function forbiddenSeccompMessage(detail: string, c?: ContainerView): string {
  return `${who(c)} sets ${scField(c, 'seccompProfile')} with ${detail}; only RuntimeDefault or Localhost is allowed`;
}
