import { joinPointer } from '../../engine/json-pointer';
import { asArray, asObject } from '../../engine/values';
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

/** Entries by container view: three rules read both lists of every container. */
const ENTRIES = { add: new WeakMap<ContainerView, readonly CapabilityEntry[]>(), drop: new WeakMap<ContainerView, readonly CapabilityEntry[]>() };

/** The string entries of a container's `securityContext.capabilities.<list>`. */
export function capabilityEntries(c: ContainerView, list: 'add' | 'drop'): readonly CapabilityEntry[] {
  const byView = ENTRIES[list];
  let entries = byView.get(c);
  // Stryker disable next-line ConditionalExpression: reading the entries again gives equal entries
  if (entries === undefined) {
    entries = readEntries(c, list);
    byView.set(c, entries);
  }
  return entries;
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
