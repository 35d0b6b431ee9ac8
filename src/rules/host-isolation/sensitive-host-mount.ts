import { optionCache } from '../../engine/option-cache';
import { definePodSpecRule, Violation } from '../../engine/rule';
import { asArray, asString } from '../../engine/values';
import { isRuntimeSocket } from './container-runtime-socket';
import { hostPathVolumes, isAtOrBelow, normalizeHostPath } from './host-path';

/** kube-linter's set, plus the kubelet, runtime and root-home directories that hand over the node just as well. */
export const DEFAULT_SENSITIVE_HOST_PATHS: readonly string[] = [
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/lib64',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/var/lib/containerd',
  '/var/lib/docker',
  '/var/lib/etcd',
  '/var/lib/kubelet',
  '/var/log',
  '/var/run',
];

/** The `paths` option, normalized once per profile. */
const sensitivePaths = optionCache((paths) =>
  asArray(paths)
    .map(asString)
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .map(normalizeHostPath),
);

/** hostPath volumes must not expose system directories of the node. */
export const sensitiveHostMount = definePodSpecRule(
  {
    id: 'sensitive-host-mount',
    title: 'Sensitive host directory mounted',
    severity: 'error',
    category: 'host-isolation',
    description:
      'A hostPath volume of a system directory (`/etc`, `/proc`, `/var/lib/kubelet`, `/root`, …) gives the pod the node\'s credentials, kubelet certificates, other pods\' volumes or kernel interfaces: a short step to owning the node. Parent directories (e.g. `/var`) count, since they contain the sensitive ones. Container runtime sockets are left to `container-runtime-socket`.',
    remediation:
      'Remove the hostPath volume. If a node agent really needs it, mount the narrowest file read-only and suppress this finding for that workload with a reason.',
    equivalents: {
      'kube-linter': ['sensitive-host-mounts'],
      'kubesec': ['ProcMount'],
      'kyverno': ['other/limit-hostpath-vols'],
      'trivy': ['KSV121'],
    },
    defaultOptions: { paths: DEFAULT_SENSITIVE_HOST_PATHS },
  },
  (pod, _object, context) => {
    const volumes = hostPathVolumes(pod);
    // Stryker disable next-line ConditionalExpression: fast path; the loop finds nothing in an empty list either
    if (!volumes.length) return undefined;
    const sensitive = sensitivePaths(context.options.paths);
    let out: Violation[] | undefined;
    for (let j = 0; j < volumes.length; j++) {
      const volume = volumes[j];
      // A runtime socket file is reported once, by container-runtime-socket.
      if (isRuntimeSocket(volume.path)) continue;
      // Below a sensitive directory, or a parent that contains one (mounting /var exposes /var/lib/kubelet).
      // `/` in the list stands for the root itself, not for every directory below it.
      const hit = sensitive.find((dir) => (dir === '/' ? volume.path === '/' : isAtOrBelow(volume.path, dir))) ?? sensitive.find((dir) => isAtOrBelow(dir, volume.path));
      if (hit === undefined) continue;
      const relation = hit === volume.path ? 'a sensitive host directory' : isAtOrBelow(volume.path, hit) ? `inside the sensitive host directory "${hit}"` : `a parent of the sensitive host directory "${hit}"`;
      (out ??= []).push({
        path: volume.pointer,
        message: `volume "${volume.name}" mounts host path "${volume.rawPath}", ${relation}`,
      });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['volumes'] },
);
