import { defineContainerRule } from '../../engine/rule';
import { resourceViolation } from './container-resources';

/** Containers should request and limit ephemeral storage. */
export const ephemeralStorage = defineContainerRule(
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
  (c) => {
    // Each container's request, then its limit; a list only for a container that misses both.
    const request = resourceViolation(c, 'requests', 'ephemeral-storage');
    const limit = resourceViolation(c, 'limits', 'ephemeral-storage');
    if (request === undefined) return limit;
    return limit === undefined ? request : [request, limit];
  },
);
