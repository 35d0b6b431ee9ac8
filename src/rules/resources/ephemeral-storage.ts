import { defineRule } from '../../engine/rule';
import { checkResource } from './container-resources';

/** Containers should request and limit ephemeral storage. */
export const ephemeralStorage = defineRule(
  {
    id: 'ephemeral-storage',
    title: 'Ephemeral storage request or limit missing',
    severity: 'info',
    category: 'resources',
    description:
      'Container logs, the writable layer and disk-backed emptyDir volumes use the node\'s disk. Without an `ephemeral-storage` request the scheduler ignores that need; without a limit one container can fill the disk and get every pod on the node evicted.',
    remediation: 'Set `resources.requests.ephemeral-storage` and `resources.limits.ephemeral-storage` (e.g. `1Gi`) on every container and init container.',
    equivalents: {
      'kube-score': ['container-ephemeral-storage-request-and-limit'],
      'kyverno': ['other/require-emptydir-requests-limits'],
    },
  },
  (object) => checkResource(object, 'requests', 'ephemeral-storage').concat(checkResource(object, 'limits', 'ephemeral-storage')),
  { podSpecs: true },
);
