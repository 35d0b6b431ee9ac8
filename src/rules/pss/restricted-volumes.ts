import { show } from '../../engine/describe';
import { appendPointer, joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asArray, isObject, isSet } from '../../engine/values';
import { describeVolume } from './host-path-volumes';
import { notObjectNote } from './pod';
import { definePssRule } from './versioned';

/** Volume sources restricted allows (`image` joined without a version gate). */
export const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set([
  'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret',
]);

const LIST = [...RESTRICTED_VOLUME_SOURCES].join(', ');

/** PSS restricted `restrictedVolumes`: only ephemeral, projected and claim-based volume types. */
export const restrictedVolumes = definePssRule(
  {
    id: 'pss-restricted-volumes',
    title: 'Volume types',
    severity: 'error',
    category: 'pod-security',
    description:
      'Volume types that mount node paths or talk to storage back ends directly (hostPath, nfs, iscsi, rbd, flexVolume, gitRepo, cloud disks …) bypass the PersistentVolume access model. Pod Security Standards restricted allows only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes (at restricted this replaces the baseline hostPath check).',
    remediation: `In \`spec.volumes\` use only ${[...RESTRICTED_VOLUME_SOURCES].map((s) => '`' + s + '`').join(', ')} volumes: replace hostPath and other direct storage types with a \`persistentVolumeClaim\` bound to a PersistentVolume, or an \`emptyDir\` for scratch space.`,
    standards: { pss: { level: 'restricted', control: 'restrictedVolumes', overrides: 'hostPathVolumes' } },
    equivalents: {
      kyverno: ['pod-security/restricted/restrict-volume-types'],
      trivy: ['KSV028'],
    },
  },
  [
    {
      since: 0,
      check: (pod) => {
        const out: Violation[] = [];
        asArray(pod.spec.volumes).forEach((value, index) => {
          const path = joinPointer(pod.path, 'volumes', index);
          if (!isObject(value)) {
            out.push({ path, message: `volume #${index} is ${show(value)}${notObjectNote(value)}` });
            return;
          }
          // A volume without a source is defaulted to emptyDir by the API server, so PSA admits it.
          // Any other key is a forbidden or unknown type (PSA rejects types it does not know), even
          // next to an allowed one: the API allows exactly one source per volume.
          const sources = Object.keys(value).filter((key) => key !== 'name' && isSet(value[key]));
          for (const key of sources.filter((k) => !RESTRICTED_VOLUME_SOURCES.has(k))) {
            out.push({ path: appendPointer(path, key), message: `${describeVolume(value, index)} uses the ${key} volume type; restricted allows only ${LIST}` });
          }
        });
        return out;
      },
    },
  ],
  { podSpecs: true, podFeatures: ['volumes'] },
);
