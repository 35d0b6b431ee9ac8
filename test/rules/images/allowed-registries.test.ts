import { allowedRegistries } from '../../../src/rules/images/allowed-registries';
import { qualifiedRepository, registryOf } from '../../../src/rules/images/image-ref';
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

describe('allowed-registries: options and odd images', () => {
  test('blank and non-string entries are dropped; an allow-list of only those is empty', () => {
    const c = pod({ containers: [img('team/app:1')] });
    expect(runRule(allowedRegistries, [c], { ruleOptions: { allowedRegistries: ['', '  ', null, 5] } })).toEqual([]);
    expect(runRule(allowedRegistries, [c], { ruleOptions: { allowedRegistries: ['', 'registry.example.com', null, 5, 'ghcr.io/my-org'] } }).map((f) => f.message)).toEqual([
      'container "app" uses image "team/app:1" (docker.io/team/app), which is not under an allowed registry: registry.example.com, ghcr.io/my-org',
    ]);
  });

  test('the image is shown trimmed; missing, blank and non-string images are skipped', () => {
    const spec = { containers: [img(' team/app:1 '), img('   ', 'blank'), safeContainer('none', { image: undefined }), img(42 as unknown as string, 'num')] };
    expect(runRule(allowedRegistries, [pod(spec)], opts(['registry.example.com'])).map((f) => [f.path, f.message])).toEqual([
      ['/spec/containers/0/image', 'container "app" uses image "team/app:1" (docker.io/team/app), which is not under an allowed registry: registry.example.com'],
    ]);
  });

  test('an entry may name a whole repository; padded entries with a scheme and several trailing slashes are normalized', () => {
    expect(runRule(allowedRegistries, [pod({ containers: [img('ghcr.io/my-org/tool:2')] })], opts(['ghcr.io/my-org/tool']))).toEqual([]);
    expect(runRule(allowedRegistries, [pod({ containers: [img('registry.example.com/team/app:1')] })], opts(['  https://registry.example.com//  ']))).toEqual([]);
  });

  test('a scheme is stripped only from the start of an entry, not from inside its path', () => {
    const findings = runRule(allowedRegistries, [pod({ containers: [img('registry.example.com/team/app:1')] })], opts(['registry.example.com/http://team']));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/containers/0/image', 'container "app" uses image "registry.example.com/team/app:1" (registry.example.com/team/app), which is not under an allowed registry: registry.example.com/http://team'],
    ]);
  });

  test('a single name segment is a Docker Hub repository, even when it looks like a host', () => {
    expect(qualifiedRepository(' localhost ')).toBe('docker.io/library/localhost');
    expect(qualifiedRepository('registry.example.com')).toBe('docker.io/library/registry.example.com');
    expect(['nginx:1', 'Registry.Example.com:5000/app', 'index.docker.io/team/app'].map(registryOf)).toEqual(['docker.io', 'registry.example.com:5000', 'docker.io']);
  });
});
