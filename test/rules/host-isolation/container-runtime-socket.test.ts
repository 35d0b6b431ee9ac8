import { containerRuntimeSocket } from '../../../src/rules/host-isolation/container-runtime-socket';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const withHostPath = (path: string) => pod({ containers: [safeContainer()], volumes: [{ name: 'sock', hostPath: { path, type: 'Socket' } }] });

describe('container-runtime-socket', () => {
  test.each(['/var/run/docker.sock', '/run/containerd/containerd.sock', '/var/run/crio/crio.sock', '/var/run/cri-dockerd.sock', '/opt/custom/docker.sock', '/var/run//docker.sock/'])(
    'fails for %s',
    (path) => {
      const [f] = runRule(containerRuntimeSocket, [withHostPath(path)]);
      expect(f.path).toBe('/spec/volumes/0/hostPath/path');
      expect(f.message).toContain('mounts the container runtime socket');
    },
  );

  test('a directory holding a runtime socket fails and names the socket', () => {
    const [f] = runRule(containerRuntimeSocket, [withHostPath('/var/run')]);
    expect(f.message).toContain('contains the container runtime socket "/var/run/docker.sock"');
  });

  test('passes for other paths, and leaves / to sensitive-host-mount', () => {
    expect(runRule(containerRuntimeSocket, [withHostPath('/var/lib/app')])).toEqual([]);
    expect(runRule(containerRuntimeSocket, [withHostPath('/var/run/docker.socket-backup')])).toEqual([]);
    expect(runRule(containerRuntimeSocket, [withHostPath('/')])).toEqual([]);
  });

  test('workload templates are checked', () => {
    const d = deployment({ containers: [safeContainer()], volumes: [{ name: 'ok', emptyDir: {} }, { name: 's', hostPath: { path: '/run/crio/crio.sock' } }] });
    expect(runRule(containerRuntimeSocket, [d])[0].path).toBe('/spec/template/spec/volumes/1/hostPath/path');
  });
});
