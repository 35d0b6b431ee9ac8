import { describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { optionCache } from '../../engine/option-cache';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, isSet } from '../../engine/values';
import { ResourceName, resourceValue } from './container-resources';
import { parseQuantity, sameQuantity } from './quantity';

const RESOURCES: readonly ResourceName[] = ['cpu', 'memory', 'ephemeral-storage'];

/** The known resources the `resources` option lists, worked out once per profile. */
const wantedResources = optionCache((value) => asArray(value).filter((r): r is ResourceName => RESOURCES.includes(r as ResourceName)));

/** Requests should equal limits for the configured resources. */
export const requestsEqualLimits = defineContainerRule(
  {
    id: 'requests-equal-limits',
    title: 'Requests differ from limits',
    severity: 'info',
    category: 'resources',
    description:
      'When a memory request is lower than the limit, the node is overcommitted: under pressure the container is OOM-killed or evicted although it stays within its limit. Equal requests and limits (for CPU and memory: Guaranteed QoS) make capacity predictable. The option `resources` chooses the resources compared (default: memory only, since CPU bursting is harmless); quantities are compared by value (`1Gi` equals `1024Mi`).',
    remediation: 'Set `resources.requests.<resource>` equal to `resources.limits.<resource>` (or omit the request: it then defaults to the limit).',
    equivalents: {
      'kube-score': ['container-cpu-requests-equal-limits', 'container-memory-requests-equal-limits', 'container-ephemeral-storage-request-equals-limit'],
      'kyverno': ['other/memory-requests-equal-limits', 'other/require-qos-guaranteed', 'other/require-qos-burstable'],
    },
    defaultOptions: { resources: ['memory'] },
  },
  (c, _pod, _object, context) => {
    // The API forbids resources on ephemeral containers.
    if (c.type === 'ephemeralContainers') return undefined;
    const wanted = wantedResources(context.options.resources);
    let out: Violation[] | undefined;
    for (let j = 0; j < wanted.length; j++) {
      const resource = wanted[j];
      const request = resourceValue(c, 'requests', resource);
      const limit = resourceValue(c, 'limits', resource);
      // Missing values are the job of the *-requests / *-limits rules; an unset request defaults to the limit.
      // Stryker disable next-line LogicalOperator: an unset value does not parse, so the next check skips it anyway
      if (!isSet(request) || !isSet(limit)) continue;
      const r = parseQuantity(request);
      const l = parseQuantity(limit);
      if (r === undefined || l === undefined || sameQuantity(r, l)) continue;
      (out ??= []).push({
        path: joinPointer(c.path, 'resources', 'requests', resource),
        container: c.name,
        message: `${describeContainer(c)} requests ${show(request)} of ${resource} but is limited to ${show(limit)}`,
      });
    }
    return out;
  },
);
