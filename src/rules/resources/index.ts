import { Rule } from '../../engine/rule';
import { cpuLimits } from './cpu-limits';
import { cpuRequests } from './cpu-requests';
import { emptyDirSizeLimit } from './emptydir-size-limit';
import { ephemeralStorage } from './ephemeral-storage';
import { memoryEmptyDirSizeLimit } from './memory-emptydir-size-limit';
import { memoryLimits } from './memory-limits';
import { memoryRequests } from './memory-requests';
import { namespaceLimitRange, namespaceResourceQuota } from './namespace-quotas';
import { requestsEqualLimits } from './requests-equal-limits';

/** Rules of the resources category. */
export const RESOURCES_RULES: readonly Rule[] = [
  cpuRequests,
  cpuLimits,
  memoryRequests,
  memoryLimits,
  requestsEqualLimits,
  ephemeralStorage,
  emptyDirSizeLimit,
  memoryEmptyDirSizeLimit,
  namespaceResourceQuota,
  namespaceLimitRange,
];
