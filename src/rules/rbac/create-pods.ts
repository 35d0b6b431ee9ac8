import { definePermissionRule } from './permission-rule';

/** CIS 5.1.4: whoever creates pods can run them as any service account of the namespace and mount its Secrets. */
export const rbacCreatePods = definePermissionRule(
  {
    id: 'rbac-create-pods',
    title: 'Permission to create pods or workloads',
    severity: 'warning',
    category: 'rbac',
    description:
      'Creating pods, or the workloads that create them, lets a subject run code as any service account of the namespace, mount any Secret and ConfigMap there, and (without Pod Security Admission) escape to the node. Operators and CI accounts sometimes need it, hence a warning.',
    remediation:
      'Remove `create` on pods and workload resources from roles that do not deploy software; keep it on dedicated deployment accounts, and enforce Pod Security Admission in namespaces they deploy to.',
    standards: { cis: [{ id: '5.1.4', benchmark: '1.10' }] },
    equivalents: { 'kube-linter': ['access-to-create-pods'], 'trivy': ['KSV048'] },
  },
  [
    { permission: { apiGroups: [''], resources: ['pods', 'replicationcontrollers', 'podtemplates'], verbs: ['create'] }, risk: 'lets it start pods with any service account of the namespace' },
    {
      permission: { apiGroups: ['apps', 'extensions'], resources: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'], verbs: ['create'] },
      risk: 'lets it start pods with any service account of the namespace',
    },
    { permission: { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: ['create'] }, risk: 'lets it start pods with any service account of the namespace' },
  ],
);
