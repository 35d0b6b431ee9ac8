/**
 * Deprecated and removed API versions of built-in kinds, from the Kubernetes deprecated API
 * migration guide. `deprecated` and `removed` are minor versions of Kubernetes 1.x: the version
 * the deprecation was announced in, and the first version that no longer serves the API.
 */
export interface ApiDeprecation {
  readonly apiVersion: string;
  readonly kinds: readonly string[];
  readonly deprecated: number;
  /** First minor version that no longer serves it; undefined while it is still served. */
  readonly removed?: number;
  /** What to use instead. */
  readonly replacement: string;
}

const APPS_V1 = 'apps/v1';
const RBAC = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];
const FLOW = ['FlowSchema', 'PriorityLevelConfiguration'];

export const API_DEPRECATIONS: readonly ApiDeprecation[] = [
  // Removed in 1.16.
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], deprecated: 9, removed: 16, replacement: APPS_V1 },
  { apiVersion: 'apps/v1beta1', kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'], deprecated: 9, removed: 16, replacement: APPS_V1 },
  { apiVersion: 'apps/v1beta2', kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'], deprecated: 9, removed: 16, replacement: APPS_V1 },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], deprecated: 9, removed: 16, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], deprecated: 10, removed: 16, replacement: 'Pod Security Admission (PodSecurityPolicy was removed in v1.25)' },
  // Removed in 1.22.
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecated: 14, removed: 22, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], deprecated: 19, removed: 22, replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], deprecated: 16, removed: 22, replacement: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], deprecated: 16, removed: 22, replacement: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], deprecated: 19, removed: 22, replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], deprecated: 19, removed: 22, replacement: 'authentication.k8s.io/v1' },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
    deprecated: 19,
    removed: 22,
    replacement: 'authorization.k8s.io/v1',
  },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], deprecated: 19, removed: 22, replacement: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecated: 19, removed: 22, replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: RBAC, deprecated: 17, removed: 22, replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: RBAC, deprecated: 17, removed: 22, replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], deprecated: 14, removed: 22, replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], deprecated: 19, removed: 22, replacement: 'storage.k8s.io/v1' },
  // Removed in 1.25.
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecated: 21, removed: 25, replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecated: 21, removed: 25, replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecated: 19, removed: 25, replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecated: 22, removed: 25, replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecated: 21, removed: 25, replacement: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], deprecated: 21, removed: 25, replacement: 'Pod Security Admission (namespace labels pod-security.kubernetes.io/*)' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], deprecated: 20, removed: 25, replacement: 'node.k8s.io/v1' },
  // Removed in 1.26, 1.27, 1.29 and 1.32.
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecated: 23, removed: 26, replacement: 'autoscaling/v2' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: FLOW, deprecated: 23, removed: 26, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], deprecated: 24, removed: 27, replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: FLOW, deprecated: 26, removed: 29, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: FLOW, deprecated: 29, removed: 32, replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  // Deprecated, still served.
  { apiVersion: 'v1', kinds: ['Endpoints'], deprecated: 33, replacement: 'discovery.k8s.io/v1 EndpointSlice' },
];

/** Indexes deprecations by `apiVersion\0kind`, refusing a pair listed twice (a lookup could only find one). */
export function indexDeprecations(deprecations: readonly ApiDeprecation[]): ReadonlyMap<string, ApiDeprecation> {
  const index = new Map<string, ApiDeprecation>();
  for (let i = 0; i < deprecations.length; i++) {
    const d = deprecations[i];
    for (let j = 0; j < d.kinds.length; j++) {
      const kind = d.kinds[j];
      const key = `${d.apiVersion}\u0000${kind}`;
      if (index.has(key)) throw new Error(`the API deprecations list ${d.apiVersion} ${kind} twice`);
      index.set(key, d);
    }
  }
  return index;
}

/**
 * Two rules look up every object (and most objects have no entry): by apiVersion, then kind, so a
 * lookup hashes the texts the object already holds instead of a key joined anew for every object.
 */
const BY_VERSION = new Map<string, Map<string, ApiDeprecation>>();
for (const d of indexDeprecations(API_DEPRECATIONS).values()) {
  let byKind = BY_VERSION.get(d.apiVersion);
  if (byKind === undefined) BY_VERSION.set(d.apiVersion, (byKind = new Map()));
  for (const kind of d.kinds) byKind.set(kind, d);
}

/** The deprecation entry for an apiVersion and kind, if any. */
export function findDeprecation(apiVersion: string, kind: string): ApiDeprecation | undefined {
  return BY_VERSION.get(apiVersion)?.get(kind);
}
