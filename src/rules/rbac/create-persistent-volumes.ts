import { definePermissionRule } from './permission-rule';

/** CIS 5.1.9: a PersistentVolume can be a hostPath to the node's root file system. */
export const rbacCreatePersistentVolumes = definePermissionRule(
  {
    id: 'rbac-create-persistentvolumes',
    title: 'Permission to create PersistentVolumes',
    severity: 'error',
    category: 'rbac',
    description:
      'Creating PersistentVolumes lets a subject define a `hostPath` volume on any node path and claim it from a pod, which bypasses Pod Security Admission checks on hostPath volumes. No common checker flags it.',
    remediation: 'Remove `create` on `persistentvolumes` from the role; provision storage through StorageClasses and PersistentVolumeClaims.',
    standards: { cis: [{ id: '5.1.9', benchmark: '1.10' }] },
  },
  [{ permission: { apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }, risk: 'can expose host paths through volumes' }],
);
