// kubernetes-models merges older OpenAPI specs so it can still validate removed API versions
// (apps/v1beta1, extensions/v1beta1, …). A cluster of the targeted version no longer serves them,
// so they must fail here. Source: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
// `*` = every kind of that group-version was removed.

const REMOVED = [
  ['extensions/v1beta1', '*', '1.22'],
  ['apps/v1beta1', '*', '1.16'],
  ['apps/v1beta2', '*', '1.16'],
  ['batch/v1beta1', '*', '1.25'],
  ['policy/v1beta1', '*', '1.25'],
  ['rbac.authorization.k8s.io/v1beta1', '*', '1.22'],
  ['autoscaling/v2beta1', '*', '1.25'],
  ['autoscaling/v2beta2', '*', '1.26'],
  ['apiextensions.k8s.io/v1beta1', '*', '1.22'],
  ['apiregistration.k8s.io/v1beta1', '*', '1.22'],
  ['node.k8s.io/v1beta1', '*', '1.25'],
  ['discovery.k8s.io/v1beta1', '*', '1.25'],
  ['events.k8s.io/v1beta1', '*', '1.25'],
  ['flowcontrol.apiserver.k8s.io/v1beta1', '*', '1.26'],
  ['flowcontrol.apiserver.k8s.io/v1beta2', '*', '1.29'],
  ['flowcontrol.apiserver.k8s.io/v1beta3', '*', '1.32'],
  ['admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration', '1.22'],
  ['admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration', '1.22'],
  ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest', '1.22'],
  ['coordination.k8s.io/v1beta1', 'Lease', '1.22'],
  ['networking.k8s.io/v1beta1', 'Ingress', '1.22'],
  ['networking.k8s.io/v1beta1', 'IngressClass', '1.22'],
  ['scheduling.k8s.io/v1beta1', 'PriorityClass', '1.22'],
  ['storage.k8s.io/v1beta1', 'CSIDriver', '1.22'],
  ['storage.k8s.io/v1beta1', 'CSINode', '1.22'],
  ['storage.k8s.io/v1beta1', 'StorageClass', '1.22'],
  ['storage.k8s.io/v1beta1', 'VolumeAttachment', '1.22'],
  ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.27'],
];

/** The Kubernetes version that removed `apiVersion` `kind` (e.g. "1.16"), or undefined if still served. */
export function removedIn(apiVersion, kind) {
  const hit = REMOVED.find(([gv, k]) => gv === apiVersion && (k === '*' || k === kind));
  return hit?.[2];
}
