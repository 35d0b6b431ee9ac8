import { describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asArray, asInteger, asObject, isSet, typeNote } from '../../engine/values';
import { containerBehaviour, definePssRule } from './versioned';

/** PSS baseline `hostPorts`: no container port may bind a node port. */
export const hostPorts = definePssRule(
  {
    id: 'pss-host-ports',
    title: 'Host ports',
    severity: 'error',
    category: 'pod-security',
    description:
      "A hostPort binds the port on the node's network interfaces: it bypasses Services and network policy and pins the pod to nodes where the port is free. Pod Security Standards baseline forbids host ports (Pod Security Admission accepts no exceptions).",
    remediation: 'Remove `ports[*].hostPort` (or set it to `0`) in every container; expose the port through a Service instead.',
    standards: {
      pss: { level: 'baseline', control: 'hostPorts' },
      cis: [
        { id: '5.2.13', benchmark: '1.10' },
        { id: '5.2.12', benchmark: '1.12' },
      ],
      nsa: ['C-0044'],
    },
    equivalents: {
      polaris: ['hostPortSet'],
      checkov: ['CKV_K8S_26'],
      kyverno: ['pod-security/baseline/disallow-host-ports'],
      trivy: ['KSV024'],
    },
  },
  [
    {
      since: 0,
      check: containerBehaviour((c) => {
        let out: Violation[] | undefined;
        asArray(c.container.ports).forEach((port, index) => {
          const value = asObject(port).hostPort;
          if (!isSet(value) || asInteger(value) === 0) return;
          (out ??= []).push({
            path: joinPointer(c.path, 'ports', index, 'hostPort'),
            container: c.name,
            message: `${describeContainer(c)} sets ports[${index}].hostPort=${show(value)}${typeNote(value, 'integer')}`,
          });
        });
        return out;
      }),
    },
  ],
  { podSpecs: true, podFeatures: ['hostPorts'] },
);
