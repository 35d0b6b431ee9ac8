import { describeContainer } from '../../engine/describe';
import { optionCache } from '../../engine/option-cache';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, asString } from '../../engine/values';
import { capabilityEntries, normalizeCapability } from './capability-names';

/** Capabilities that each lead to node compromise or to bypassing kernel isolation. */
export const DEFAULT_DANGEROUS_CAPABILITIES: readonly string[] = [
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'BPF',
  'PERFMON',
  'DAC_READ_SEARCH',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
];

/** The `capabilities` option, normalized once per profile. */
const dangerousSet = optionCache(
  (capabilities) =>
    new Set(
      asArray(capabilities)
        .map(asString)
        .filter((s): s is string => s !== undefined)
        .map(normalizeCapability),
    ),
);

/** Containers must not add dangerous capabilities, however they are spelled. */
export const dangerousCapabilities = defineContainerRule(
  {
    id: 'dangerous-capabilities',
    title: 'Dangerous capabilities added',
    severity: 'error',
    category: 'capabilities',
    description:
      'Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE, BPF or NET_ADMIN each give a path out of the container (mounting, loading kernel modules, reading other processes, reprogramming the kernel or the node network); ALL grants them all. Runtimes accept `CAP_SYS_ADMIN` and lower case as well, so every spelling counts.',
    remediation: 'Remove the capability from `securityContext.capabilities.add`; grant the narrow capability the program needs (e.g. NET_BIND_SERVICE) or move the privileged work to a node-level component.',
    standards: { nsa: ['C-0046'] },
    equivalents: {
      'polaris': ['dangerousCapabilities'],
      'kubesec': ['CapSysAdmin'],
      'checkov': ['CKV_K8S_39'],
      'trivy': ['KSV005', 'KSV120'],
    },
    defaultOptions: { capabilities: DEFAULT_DANGEROUS_CAPABILITIES },
  },
  (c, _pod, _object, context) => {
    const added = capabilityEntries(c, 'add');
    // Stryker disable next-line ConditionalExpression: fast path; the loop finds nothing in an empty list either
    if (!added.length) return undefined;
    const dangerous = dangerousSet(context.options.capabilities);
    let out: Violation[] | undefined;
    for (let k = 0; k < added.length; k++) {
      const entry = added[k];
      if (!dangerous.has(entry.name)) continue;
      const spelled = entry.raw.trim() === entry.name ? '' : ` (written "${entry.raw}")`;
      (out ??= []).push({ path: entry.path, container: c.name, message: `${describeContainer(c)} adds the dangerous capability ${entry.name}${spelled}` });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['addedCapabilities'] },
);
