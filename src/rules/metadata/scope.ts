import { AnalyzedObject } from '../../engine/analyze';

/** Built-in kinds (and widely used add-on kinds) that are cluster-scoped: they have no namespace. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ComponentStatus',
  'ClusterRole', 'ClusterRoleBinding',
  'StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'VolumeAttributesClass',
  'CustomResourceDefinition', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
  'PriorityClass', 'RuntimeClass', 'IngressClass', 'GatewayClass', 'PodSecurityPolicy',
  'CertificateSigningRequest', 'ClusterTrustBundle', 'FlowSchema', 'PriorityLevelConfiguration',
  'DeviceClass', 'ResourceSlice', 'IPAddress', 'ServiceCIDR',
  'TokenReview', 'SelfSubjectReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview',
  'ClusterIssuer', 'ClusterPolicy', 'ClusterSecretStore', 'ClusterExternalSecret',
]);

/** True when a kind is cluster-scoped (built-in, or listed in `extraKinds`). */
// Stryker disable next-line ArrayDeclaration: a default list with one made-up kind only matters for a kind of that exact name
export function isClusterScopedKind(kind: string, extraKinds: readonly string[] = []): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind) || extraKinds.includes(kind);
}

/** True when the object's kind is cluster-scoped (built-in, or listed in `extraKinds`). */
// Stryker disable next-line ArrayDeclaration: a default list with one made-up kind only matters for a kind of that exact name
export function isClusterScoped(object: AnalyzedObject, extraKinds: readonly string[] = []): boolean {
  return isClusterScopedKind(object.kind, extraKinds);
}
