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
export function emptyDirVolumes(pod: PodSpecView): readonly EmptyDirVolume[] {
  const volumes = asArray(pod.spec.volumes);
  // Most pod specs have no volumes: no list is made for them (two rules ask for every pod spec).
  // Stryker disable next-line ConditionalExpression: fast path; the loop finds nothing in an empty list either
  if (!volumes.length) return NO_EMPTY_DIRS;
  // Stryker disable next-line ArrayDeclaration: the only caller skips entries whose inMemory is not a boolean, so an extra junk entry changes nothing
  const out: EmptyDirVolume[] = [];
  // Stryker disable next-line EqualityOperator: one round past the end reads undefined, which has no emptyDir, so that round is skipped
  for (let index = 0; index < volumes.length; index++) {
    const volume = asObject(volumes[index]);
    if (!isObject(volume.emptyDir)) continue;
    out.push({
      name: asString(volume.name) ?? `#${index}`,
      inMemory: asString(volume.emptyDir.medium) === 'Memory',
      sizeLimit: volume.emptyDir.sizeLimit,
      pointer: joinPointer(pod.path, 'volumes', index, 'emptyDir'),
    });
  }
  return out;
}

const NO_EMPTY_DIRS: readonly EmptyDirVolume[] = Object.freeze([]);
