import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asObject, isOff, isSet, typeNote } from '../../engine/values';
import { forPodAndContainers, scField, who } from './pod';
import { definePssRule } from './versioned';

/** PSS baseline `windowsHostProcess`: no Windows HostProcess containers. */
export const windowsHostProcess = definePssRule(
  {
    id: 'pss-windows-host-process',
    title: 'Windows HostProcess containers',
    severity: 'error',
    category: 'pod-security',
    description:
      'A Windows HostProcess container runs directly on the Windows node with host privileges, like a privileged Linux container. Pod Security Standards baseline forbids it.',
    remediation: 'Remove `securityContext.windowsOptions.hostProcess` or set it to `false` on the pod and on every container.',
    standards: {
      pss: { level: 'baseline', control: 'windowsHostProcess' },
      cis: [
        { id: '5.2.11', benchmark: '1.10' },
        { id: '5.2.10', benchmark: '1.12' },
      ],
    },
    equivalents: {
      polaris: ['hostProcess'],
      kyverno: ['pod-security/baseline/disallow-host-process'],
      trivy: ['KSV103'],
    },
  },
  [
    {
      since: 0,
      check: (pod) => {
        const out: Violation[] = [];
        forPodAndContainers(pod, (sc, scPath, c) => {
          const value = asObject(sc.windowsOptions).hostProcess;
          if (!isSet(value) || isOff(value)) return;
          out.push({
            path: joinPointer(scPath, 'windowsOptions', 'hostProcess'),
            ...(c ? { container: c.name } : {}),
            message: `${who(c)} sets ${scField(c, 'windowsOptions.hostProcess')}=${show(value)}${typeNote(value, 'boolean')}`,
          });
        });
        return out;
      },
    },
  ],
);
