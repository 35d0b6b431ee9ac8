import { joinPointer } from '../../engine/json-pointer';
import { asArray, asObject, asString } from '../../engine/values';
import { ContainerView, PodSpecView } from '../../engine/workload';

/** A hostPath volume of a pod spec. */
export interface HostPathVolume {
  readonly name: string;
  /** The path as written. */
  readonly rawPath: string;
  /** The path with `//`, `.` and `..` resolved and no trailing slash, so spellings cannot dodge a match. */
  readonly path: string;
  /** JSON pointer to `hostPath.path`. */
  readonly pointer: string;
}

/** A volumeMount of a container that mounts a hostPath volume. */
export interface HostPathMount {
  readonly container: ContainerView;
  readonly volume: HostPathVolume;
  readonly mount: Record<string, unknown>;
  /** JSON pointer to the volumeMount. */
  readonly pointer: string;
}

/** Normalizes a host path: `/var//run/./docker.sock/` → `/var/run/docker.sock`, `/etc/../` → `/`. */
export function normalizeHostPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.trim().split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** True when `path` is `dir` or lies below it (both normalized); every path lies below `/`. */
export function isAtOrBelow(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(dir + '/');
}

/** The hostPath volumes of a pod spec (volumes whose `hostPath.path` is a string). */
export function hostPathVolumes(pod: PodSpecView): HostPathVolume[] {
  const out: HostPathVolume[] = [];
  const volumes = asArray(pod.spec.volumes);
  // An index loop (holes read as non-volumes): four rules call this for every pod spec.
  // Stryker disable next-line EqualityOperator: one round past the end reads undefined, which has no hostPath, so that round is skipped
  for (let index = 0; index < volumes.length; index++) {
    const volume = asObject(volumes[index]);
    const rawPath = asString(asObject(volume.hostPath).path);
    if (rawPath === undefined) continue;
    out.push({
      name: asString(volume.name) ?? '',
      rawPath,
      path: normalizeHostPath(rawPath),
      pointer: joinPointer(pod.path, 'volumes', index, 'hostPath', 'path'),
    });
  }
  return out;
}

/** Every volumeMount, in any container, of a hostPath volume. */
export function hostPathMounts(pod: PodSpecView): HostPathMount[] {
  const out: HostPathMount[] = [];
  const list = hostPathVolumes(pod);
  // Stryker disable next-line ConditionalExpression: fast path; with no hostPath volumes no mount can match
  if (!list.length) return out;
  const volumes = new Map(list.map((v) => [v.name, v]));
  for (let i = 0; i < pod.containers.length; i++) {
    const container = pod.containers[i];
    asArray(container.container.volumeMounts).forEach((value, index) => {
      const mount = asObject(value);
      const volume = volumes.get(asString(mount.name) ?? '');
      if (volume) out.push({ container, volume, mount, pointer: joinPointer(container.path, 'volumeMounts', index) });
    });
  }
  return out;
}
