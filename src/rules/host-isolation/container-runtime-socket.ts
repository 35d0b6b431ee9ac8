import { definePodSpecRule, Violation } from '../../engine/rule';
import { hostPathVolumes, isAtOrBelow } from './host-path';

/** Where the common container runtimes listen. */
export const RUNTIME_SOCKETS: readonly string[] = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/dockershim.sock',
  '/var/run/cri-dockerd.sock',
  '/run/cri-dockerd.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/run/k3s/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/podman/podman.sock',
  '/run/podman/podman.sock',
];

/** Socket file names, to catch runtimes listening at non-standard places. */
const SOCKET_NAME = /(^|\/)(docker|dockershim|cri-dockerd|containerd|crio|podman)\.sock$/;

/** True when a normalized host path is a container runtime socket file. */
export function isRuntimeSocket(path: string): boolean {
  return SOCKET_NAME.test(path) || RUNTIME_SOCKETS.includes(path);
}

/** Pods must not mount the container runtime's socket. */
export const containerRuntimeSocket = definePodSpecRule(
  {
    id: 'container-runtime-socket',
    title: 'Container runtime socket mounted',
    severity: 'error',
    category: 'host-isolation',
    description:
      'Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container on the node and read every other container: mounting it equals root on the node. A directory that contains the socket (such as `/var/run`) exposes it too.',
    remediation:
      'Remove the hostPath volume. Build images with a daemonless builder (BuildKit rootless, kaniko, buildah) and read container metadata through the Kubernetes API instead.',
    equivalents: {
      'kube-linter': ['docker-sock'],
      'kubesec': ['DockerSock'],
      'checkov': ['CKV_K8S_27'],
      'kyverno': ['best-practices/disallow-cri-sock-mount', 'other/docker-socket-requires-label'],
      'trivy': ['KSV006'],
    },
  },
  (pod) => {
    const volumes = hostPathVolumes(pod);
    let out: Violation[] | undefined;
    for (let j = 0; j < volumes.length; j++) {
      const volume = volumes[j];
      let message: string | undefined;
      if (isRuntimeSocket(volume.path)) {
        message = `volume "${volume.name}" mounts the container runtime socket "${volume.rawPath}"`;
      } else if (volume.path !== '/') {
        // `/` is reported by sensitive-host-mount; naming a socket for it would only add noise.
        const socket = RUNTIME_SOCKETS.find((s) => isAtOrBelow(s, volume.path));
        if (socket) message = `volume "${volume.name}" mounts host directory "${volume.rawPath}", which contains the container runtime socket "${socket}"`;
      }
      if (message) (out ??= []).push({ path: volume.pointer, message });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['volumes'] },
);
