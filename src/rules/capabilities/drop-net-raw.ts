import { containerMessage, describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { capabilityEntries } from './capability-names';

/** Containers must drop NET_RAW (or ALL) and not add it back. */
export const dropNetRaw = defineRule(
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
  (object) => {
    const out: Violation[] = [];
    for (let i = 0; i < object.podSpecs.length; i++) {
      const pod = object.podSpecs[i];
      // Windows containers have no Linux capabilities.
      if (pod.osName === 'windows') continue;
      for (let j = 0; j < pod.containers.length; j++) {
        const c = pod.containers[j];
        const added = capabilityEntries(c, 'add').find((e) => e.name === 'NET_RAW' || e.name === 'ALL');
        if (added) {
          // The runtime applies `add` after `drop`, so adding it back wins.
          out.push({ path: added.path, container: c.name, message: `${describeContainer(c)} adds ${added.name}, which grants NET_RAW` });
          continue;
        }
        if (capabilityEntries(c, 'drop').some((e) => e.name === 'NET_RAW' || e.name === 'ALL')) continue;
        out.push({
          path: joinPointer(c.securityContextPath, 'capabilities', 'drop'),
          container: c.name,
          message: containerMessage(c, 'does not drop NET_RAW (capabilities.drop contains neither NET_RAW nor ALL)'),
        });
      }
    }
    return out;
  },
  { podSpecs: true },
);
