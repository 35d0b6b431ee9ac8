import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { isOff, isSet, typeNote } from '../../engine/values';
import { definePssRule } from './versioned';

const FIELDS: ReadonlyArray<[string, string]> = [
  ['hostNetwork', "the node's network stack"],
  ['hostPID', "the node's process table"],
  ['hostIPC', "the node's IPC namespace"],
];

/** PSS baseline `hostNamespaces`: pods must not share the node's network, PID or IPC namespace. */
export const hostNamespaces = definePssRule(
  {
    id: 'pss-host-namespaces',
    title: 'Host namespaces',
    severity: 'error',
    category: 'pod-security',
    description:
      "Sharing the node's network, process or IPC namespace lets a pod see and reach host services and processes, sniff traffic and bypass network policy. Pod Security Standards baseline forbids it.",
    remediation: 'Remove `spec.hostNetwork`, `spec.hostPID` and `spec.hostIPC`, or set each to `false`.',
    standards: {
      pss: { level: 'baseline', control: 'hostNamespaces' },
      cis: [
        { id: '5.2.3', benchmark: '1.10' },
        { id: '5.2.4', benchmark: '1.10' },
        { id: '5.2.5', benchmark: '1.10' },
      ],
      nsa: ['1.3', '1.4', '1.5', 'C-0038', 'C-0041'],
    },
    equivalents: {
      'polaris': ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
      'kube-linter': ['host-network', 'host-pid', 'host-ipc'],
      'kubesec': ['HostNetwork', 'HostPID', 'HostIPC'],
      'checkov': ['CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19'],
      'kyverno': ['pod-security/baseline/disallow-host-namespaces'],
      'trivy': ['KSV008', 'KSV009', 'KSV010'],
    },
  },
  [
    {
      since: 0,
      check: (pod) => {
        const out: Violation[] = [];
        for (let i = 0; i < FIELDS.length; i++) {
          const [field, what] = FIELDS[i];
          const value = pod.spec[field];
          if (!isSet(value) || isOff(value)) continue;
          out.push({
            path: appendPointer(pod.path, field),
            message: `the pod sets spec.${field}=${show(value)}${typeNote(value, 'boolean')}, sharing ${what}`,
          });
        }
        return out;
      },
    },
  ],
  { podSpecs: true, podFeatures: ['hostNamespaces'] },
);
