import { defineRule, Violation } from '../../engine/rule';
import { show } from '../../engine/describe';
import { asArray, asObject, asString, isSet } from '../../engine/values';
import { parseQuantity } from '../resources/quantity';

/** StatefulSet volumeClaimTemplates should state access mode and size. */
export const volumeClaimTemplates = defineRule(
  {
    id: 'volume-claim-templates',
    title: 'Incomplete StatefulSet volumeClaimTemplate',
    severity: 'warning',
    category: 'availability',
    description:
      'Each volumeClaimTemplate becomes one PersistentVolumeClaim per replica. Without `resources.requests.storage` or `accessModes` the claims are rejected or get whatever the storage class defaults to; `ReadWriteOnce` (or `ReadWriteOncePod`) is what a per-replica volume needs, since shared access modes let replicas corrupt each other\'s data.',
    remediation: 'Give every volumeClaimTemplate `spec.accessModes: [ReadWriteOnce]` and `spec.resources.requests.storage` (e.g. `10Gi`).',
    equivalents: { kubesec: ['VolumeClaimAccessModeReadWriteOnce', 'VolumeClaimRequestsStorage'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'StatefulSet') return out;
    asArray(asObject(object.manifest.spec).volumeClaimTemplates).forEach((raw, index) => {
      const template = asObject(raw);
      const name = asString(asObject(template.metadata).name) ?? `#${index}`;
      const spec = asObject(template.spec);
      const modes = asArray(spec.accessModes).map(asString);
      const base = ['spec', 'volumeClaimTemplates', index, 'spec'] as const;
      if (!modes.length) {
        out.push({ path: object.pointer(...base, 'accessModes'), message: `volumeClaimTemplate "${name}" sets no accessModes` });
      } else if (!modes.some((m) => m === 'ReadWriteOnce' || m === 'ReadWriteOncePod')) {
        out.push({ path: object.pointer(...base, 'accessModes'), message: `volumeClaimTemplate "${name}" uses accessModes ${asArray(spec.accessModes).map((m) => (typeof m === 'string' ? m : show(m))).join(', ')} instead of ReadWriteOnce` });
      }
      const storage = asObject(asObject(spec.resources).requests).storage;
      if (!isSet(storage)) {
        out.push({ path: object.pointer(...base, 'resources', 'requests', 'storage'), message: `volumeClaimTemplate "${name}" requests no storage size` });
      } else if ((parseQuantity(storage) ?? 0) <= 0) {
        out.push({ path: object.pointer(...base, 'resources', 'requests', 'storage'), message: `volumeClaimTemplate "${name}" requests storage ${show(storage)}, which is not a positive quantity` });
      }
    });
    return out;
  },
  { kinds: ['StatefulSet'] },
);
