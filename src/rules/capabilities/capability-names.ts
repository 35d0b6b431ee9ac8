import { joinPointer } from '../../engine/json-pointer';
import { asArray, asObject, isObject } from '../../engine/values';
import { ContainerView } from '../../engine/workload';

/** One entry of `capabilities.add` or `.drop`, normalized. */
export interface CapabilityEntry {
  /** `SYS_ADMIN` for `SYS_ADMIN`, `sys_admin`, `CAP_SYS_ADMIN`, ` cap_sys_admin `. */
  readonly name: string;
  /** The entry as written, when it is a string. */
  readonly raw: string;
  readonly path: string;
}

/** Normalizes a capability name the way container runtimes accept it (case-insensitive, optional `CAP_`). */
export function normalizeCapability(raw: string): string {
  const upper = raw.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

const NO_ENTRIES: readonly CapabilityEntry[] = Object.freeze([]);

/**
 * The container whose list was read last, and its entries, per list: three rules read both lists of
 * each container, mostly one after the other (a WeakMap by container cost more than reading again).
 */
const LAST: Record<'add' | 'drop', { view?: ContainerView; entries: readonly CapabilityEntry[] }> = {
  add: { entries: NO_ENTRIES },
  drop: { entries: NO_ENTRIES },
};

/** The string entries of a container's `securityContext.capabilities.<list>`. */
export function capabilityEntries(c: ContainerView, list: 'add' | 'drop'): readonly CapabilityEntry[] {
  // Most containers write no such list.
  const capabilities = c.securityContext.capabilities;
  if (!isObject(capabilities) || capabilities[list] === undefined) return NO_ENTRIES;
  const last = LAST[list];
  // Stryker disable next-line ConditionalExpression: reading the entries again gives equal entries; only speed differs
  if (last.view !== c) {
    last.entries = readEntries(c, list);
    last.view = c;
  }
  return last.entries;
}

function readEntries(c: ContainerView, list: 'add' | 'drop'): CapabilityEntry[] {
  // Stryker disable next-line ArrayDeclaration: callers only act on entries whose name matches, and a junk entry has no name
  const out: CapabilityEntry[] = [];
  asArray(asObject(c.securityContext.capabilities)[list]).forEach((value, index) => {
    if (typeof value !== 'string') return;
    out.push({ name: normalizeCapability(value), raw: value, path: joinPointer(c.securityContextPath, 'capabilities', list, index) });
  });
  return out;
}
