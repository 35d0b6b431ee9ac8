import { PROC_MOUNT_EQUIVALENTS, procMountCheck } from './proc-mount';
import { definePssRule } from './versioned';

/** PSS restricted `procMount_restricted` (1.35+): /proc stays masked, even in a user namespace. */
export const procMountRestricted = definePssRule(
  {
    id: 'pss-proc-mount-restricted',
    title: '/proc mount type (restricted)',
    severity: 'error',
    category: 'pod-security',
    description:
      'At the restricted level the /proc mount must stay `Default` even when the pod runs in its own user namespace. From Kubernetes 1.35 this check replaces the baseline procMount check at restricted; before that the baseline check did the same job.',
    remediation: 'Remove `securityContext.procMount` or set it to `Default` on every container, init container and ephemeral container.',
    standards: { pss: { level: 'restricted', control: 'procMount_restricted', overrides: 'procMount' } },
    equivalents: PROC_MOUNT_EQUIVALENTS,
  },
  [{ since: 35, check: procMountCheck(false) }],
  { podSpecs: true, podFeatures: ['procMount'] },
);
