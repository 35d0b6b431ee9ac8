import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asArray, asObject, asString, isSet } from '../../engine/values';
import { definePssRule } from './versioned';

/** Names a volume for messages. */
export function describeVolume(volume: Record<string, unknown>, index: number): string {
  const name = asString(volume.name);
  return name ? `volume "${name}"` : `volume #${index}`;
}

/** PSS baseline `hostPathVolumes`: no hostPath volumes. */
export const hostPathVolumes = definePssRule(
  {
    id: 'pss-host-path-volumes',
    title: 'HostPath volumes',
    severity: 'error',
    category: 'pod-security',
    description:
      "A hostPath volume exposes the node's filesystem to the pod: it can read credentials of other workloads, or write to the node and escape the container. Pod Security Standards baseline forbids hostPath volumes.",
    remediation:
      'Remove the `hostPath` volume; use an `emptyDir`, a `configMap`/`secret`/`projected` volume or a `persistentVolumeClaim` instead.',
    standards: {
      pss: { level: 'baseline', control: 'hostPathVolumes' },
      cis: [
        { id: '5.2.12', benchmark: '1.10' },
        { id: '5.2.11', benchmark: '1.12' },
      ],
    },
    equivalents: {
      polaris: ['hostPathSet'],
      kyverno: ['pod-security/baseline/disallow-host-path'],
      trivy: ['KSV023'],
    },
  },
  [
    {
      since: 0,
      check: (pod) => {
        const out: Violation[] = [];
        asArray(pod.spec.volumes).forEach((value, index) => {
          const volume = asObject(value);
          if (!isSet(volume.hostPath)) return;
          const path = asString(asObject(volume.hostPath).path);
          out.push({
            path: joinPointer(pod.path, 'volumes', index, 'hostPath'),
            message: `${describeVolume(volume, index)} is a hostPath volume${path !== undefined ? ` of the node path ${show(path)}` : ''}`,
          });
        });
        return out;
      },
    },
  ],
  { podSpecs: true, podFeatures: ['volumes'] },
);
