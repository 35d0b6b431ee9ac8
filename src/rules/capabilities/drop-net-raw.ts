import { containerMessage, describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { capabilityEntries, CapabilityEntry } from './capability-names';

/** Containers must drop NET_RAW (or ALL) and not add it back. */
export const dropNetRaw = defineContainerRule(
  {
    id: 'drop-net-raw',
    title: 'NET_RAW capability not dropped',
    severity: 'warning',
    category: 'capabilities',
    description:
      'NET_RAW is in the default capability set of most runtimes. It lets a container craft raw packets: ARP and DNS spoofing against its neighbours on the node, and it has been the entry point of several kernel exploits. Dropping ALL also drops it.',
    remediation: 'Add `NET_RAW` (or better `ALL`) to `securityContext.capabilities.drop` and do not list NET_RAW or ALL under `add`.',
    standards: { cis: [{ id: '5.2.8', benchmark: '1.10' }], nsa: ['C-0046'] },
    equivalents: {
      'polaris': ['insecureCapabilities'],
      'kube-linter': ['drop-net-raw-capability'],
      'checkov': ['CKV_K8S_28'],
      'kyverno': ['best-practices/require-drop-cap-net-raw'],
      'trivy': ['KSV119'],
    },
  },
  (c, pod) => {
    // Windows containers have no Linux capabilities.
    if (pod.osName === 'windows') return undefined;
    const added = netRawEntry(capabilityEntries(c, 'add'));
    // The runtime applies `add` after `drop`, so adding it back wins.
    if (added) return { path: added.path, container: c.name, message: `${describeContainer(c)} adds ${added.name}, which grants NET_RAW` };
    if (netRawEntry(capabilityEntries(c, 'drop'))) return undefined;
    return {
      path: joinPointer(c.securityContextPath, 'capabilities', 'drop'),
      container: c.name,
      message: containerMessage(c, 'does not drop NET_RAW (capabilities.drop contains neither NET_RAW nor ALL)'),
    };
  },
);

/** The first entry that names NET_RAW or ALL (a loop, not `find` with a new closure for every container). */
function netRawEntry(entries: readonly CapabilityEntry[]): CapabilityEntry | undefined {
  for (let i = 0; i < entries.length; i++) if (entries[i].name === 'NET_RAW' || entries[i].name === 'ALL') return entries[i];
  return undefined;
}
