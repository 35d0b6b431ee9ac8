import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { isSet, typeNote } from '../../engine/values';

/** Containers should mount their root filesystem read-only. */
export const readOnlyRootFilesystem = defineContainerRule(
  {
    id: 'read-only-root-filesystem',
    title: 'Writable root filesystem',
    severity: 'warning',
    category: 'identity',
    description:
      'A writable root filesystem lets an intruder replace binaries and libraries, drop tools and persist changes for the life of the container. With a read-only root, writes go only to the volumes you mount on purpose. Windows pods are not checked (the field is Linux-only).',
    remediation: 'Set `securityContext.readOnlyRootFilesystem: true` on the container and mount an `emptyDir` at the paths the program writes to (e.g. `/tmp`).',
    standards: { cis: [{ id: '5.7.3', benchmark: '1.10' }], nsa: ['1.1', 'C-0017'] },
    equivalents: {
      'polaris': ['notReadOnlyRootFilesystem'],
      'kube-linter': ['no-read-only-root-fs'],
      'kube-score': ['container-security-context-readonlyrootfilesystem'],
      'kubesec': ['ReadOnlyRootFilesystem'],
      'checkov': ['CKV_K8S_22'],
      'kyverno': ['best-practices/require-ro-rootfs'],
      'trivy': ['KSV014'],
    },
  },
  (c, pod) => {
    if (pod.osName === 'windows') return undefined;
    const value = c.securityContext.readOnlyRootFilesystem;
    // Only a real boolean true protects the filesystem; the API rejects "true" as a string.
    if (value === true) return undefined;
    return {
      path: appendPointer(c.securityContextPath, 'readOnlyRootFilesystem'),
      container: c.name,
      message: isSet(value)
        ? `${describeContainer(c)} sets readOnlyRootFilesystem=${show(value)}${typeNote(value, 'boolean')}`
        : `${describeContainer(c)} does not set readOnlyRootFilesystem: true`,
    };
  },
);
