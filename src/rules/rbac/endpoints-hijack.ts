import { definePermissionRule } from './permission-rule';

/** CVE-2020-8554 / CVE-2021-25740: writing endpoints or service status redirects traffic to arbitrary IPs. */
export const rbacEndpointsHijack = definePermissionRule(
  {
    id: 'rbac-endpoints-hijack',
    title: 'Write access to endpoints or service status',
    severity: 'warning',
    category: 'rbac',
    description:
      'Writing Endpoints or EndpointSlices lets a subject point a Service at any IP, including ones in other namespaces (CVE-2021-25740); patching `services/status` sets a LoadBalancer ingress IP that intercepts cluster traffic (CVE-2020-8554).',
    remediation: 'Remove create/update/patch on `endpoints`, `endpointslices` and `services/status` from roles of ordinary users and workloads; only Service and load-balancer controllers need them.',
    equivalents: { 'checkov': ['CKV2_K8S_4'], 'kyverno': ['other/restrict-edit-for-endpoints'], 'trivy': ['KSV056'] },
  },
  [
    { permission: { apiGroups: [''], resources: ['endpoints'], verbs: ['create', 'update', 'patch'] }, risk: 'can redirect Service traffic to arbitrary IPs (CVE-2021-25740)' },
    {
      permission: { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['create', 'update', 'patch'] },
      risk: 'can redirect Service traffic to arbitrary IPs (CVE-2021-25740)',
    },
    { permission: { apiGroups: [''], resources: ['services/status'], verbs: ['update', 'patch'] }, risk: 'can claim load-balancer IPs and intercept traffic (CVE-2020-8554)' },
  ],
);
