import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { asObject, isOff, isSet, typeNote } from '../../engine/values';
import { scField, who } from './pod';
import { definePssRule, securityContextBehaviour } from './versioned';

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
      check: securityContextBehaviour((sc, scPath, c) => {
        const value = asObject(sc.windowsOptions).hostProcess;
        if (!isSet(value) || isOff(value)) return undefined;
        return {
          path: joinPointer(scPath, 'windowsOptions', 'hostProcess'),
          ...(c ? { container: c.name } : {}),
          message: `${who(c)} sets ${scField(c, 'windowsOptions.hostProcess')}=${show(value)}${typeNote(value, 'boolean')}`,
        };
      }),
    },
  ],
  { podSpecs: true, podFeatures: ['windowsOptions'] },
);
