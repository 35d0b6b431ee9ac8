import { allowedRegistries } from '../../../src/rules/images/allowed-registries';
import { qualifiedRepository } from '../../../src/rules/images/image-ref';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const img = (image: string, name = 'app') => safeContainer(name, { image });
const opts = (list: string[]) => ({ ruleOptions: { allowedRegistries: list } });

describe('allowed-registries', () => {
  test('reports nothing while the allow-list is empty (the default)', () => {
    expect(runRule(allowedRegistries, [pod({ containers: [img('evil.example/x:1')] })])).toEqual([]);
  });

  test('passes for images under an allowed registry or prefix', () => {
    const list = opts(['registry.example.com', 'ghcr.io/my-org', 'docker.io/library']);
    expect(runRule(allowedRegistries, [pod({ containers: [img('registry.example.com/team/app:1'), img('ghcr.io/my-org/tool:2', 'b'), img('nginx:1.27', 'c')] })], list)).toEqual([]);
  });

  test('fails outside the list, with the resolved repository in the message', () => {
    const [f] = runRule(allowedRegistries, [pod({ containers: [img('team/app:1')] })], opts(['registry.example.com']));
    expect(f.path).toBe('/spec/containers/0/image');
    expect(f.message).toBe('container "app" uses image "team/app:1" (docker.io/team/app), which is not under an allowed registry: registry.example.com');
  });

  test('prefixes match on path-segment boundaries only', () => {
    const list = opts(['registry.example.com', 'ghcr.io/my-org']);
    expect(runRule(allowedRegistries, [pod({ containers: [img('registry.example.com.evil.io/app:1')] })], list)).toHaveLength(1);
    expect(runRule(allowedRegistries, [pod({ containers: [img('ghcr.io/my-org-fake/app:1')] })], list)).toHaveLength(1);
  });

  test('entries and images are normalized: scheme, case, trailing slash, Docker Hub aliases, ports', () => {
    expect(runRule(allowedRegistries, [pod({ containers: [img('Registry.Example.com:5000/app:1')] })], opts(['https://registry.example.com:5000/']))).toEqual([]);
    expect(runRule(allowedRegistries, [pod({ containers: [img('index.docker.io/library/redis:7')] })], opts(['docker.io']))).toEqual([]);
    expect(qualifiedRepository('localhost/app:1')).toBe('localhost/app');
    expect(qualifiedRepository('busybox@sha256:' + 'a'.repeat(64))).toBe('docker.io/library/busybox');
  });

  test('init, ephemeral and CronJob containers are checked', () => {
    const spec = { containers: [img('registry.example.com/a:1')], initContainers: [img('quay.io/i:1', 'i')], ephemeralContainers: [img('busybox', 'e')] };
    expect(runRule(allowedRegistries, [cronJob(spec)], opts(['registry.example.com'])).map((f) => f.container).sort()).toEqual(['e', 'i']);
  });
});
