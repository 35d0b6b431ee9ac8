import { AnalyzedObject } from '../../engine/analyze';
import { RuleApplicability } from '../../engine/rule';

/** What Ingress rules apply to (they also check the apiVersion). */
export const INGRESS_KINDS: RuleApplicability = { kinds: ['Ingress'] };

/** True for an Ingress of any served or legacy API group. */
export function isIngress(object: AnalyzedObject): boolean {
  return object.kind === 'Ingress' && (object.apiVersion.startsWith('networking.k8s.io/') || object.apiVersion.startsWith('extensions/'));
}

/** Names an Ingress for messages. */
export function describeIngress(object: AnalyzedObject): string {
  return object.ref.name !== undefined ? `Ingress "${object.ref.name}"` : 'Ingress';
}

/** True when a TLS host pattern (possibly `*.example.com`) covers a rule host. */
export function tlsHostCovers(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  // A wildcard certificate covers exactly one extra label.
  return p.startsWith('*.') && h.endsWith(p.slice(1)) && !h.slice(0, h.length - p.length + 1).includes('.');
}
