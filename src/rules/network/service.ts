import { AnalyzedObject } from '../../engine/analyze';
import { asObject, asString } from '../../engine/values';
import { RuleApplicability } from '../../engine/rule';

/** What Service rules apply to (they also check the apiVersion). */
export const SERVICE_KINDS: RuleApplicability = { kinds: ['Service'] };

/** True for a core/v1 Service. */
export function isService(object: AnalyzedObject): boolean {
  return object.kind === 'Service' && object.apiVersion === 'v1';
}

/** The Service's `spec.type` (default `ClusterIP`). */
export function serviceType(object: AnalyzedObject): string {
  // Stryker disable next-line StringLiteral: every caller compares the type with LoadBalancer, NodePort or ExternalName, which the default is not, whatever its text
  return asString(asObject(object.manifest.spec).type) ?? 'ClusterIP';
}

/** Names a Service for messages. */
export function describeService(object: AnalyzedObject): string {
  return object.ref.name !== undefined ? `Service "${object.ref.name}"` : 'Service';
}
