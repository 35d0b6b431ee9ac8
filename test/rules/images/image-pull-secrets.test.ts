import { imagePullSecrets } from '../../../src/rules/images/image-pull-secrets';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const opts = (registries: string[]) => ({ ruleOptions: { registries } });
const sa = (name: string, secrets: unknown) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'team' }, imagePullSecrets: secrets });

describe('image-pull-secrets', () => {
  test('reports nothing while no registry is configured (the default)', () => {
    expect(runRule(imagePullSecrets, [pod({ containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails for an image from a configured registry without pull secrets', () => {
    const [f] = runRule(imagePullSecrets, [deployment({ containers: [safeContainer()] })], opts(['registry.example.com']));
    expect(f.path).toBe('/spec/template/spec');
    expect(f.container).toBe('app');
    expect(f.message).toContain('neither the pod nor its service account "default" has imagePullSecrets');
  });

  test('passes with pod imagePullSecrets, or for other registries', () => {
    expect(runRule(imagePullSecrets, [pod({ imagePullSecrets: [{ name: 'regcred' }], containers: [safeContainer()] })], opts(['registry.example.com']))).toEqual([]);
    expect(runRule(imagePullSecrets, [pod({ containers: [safeContainer()] })], opts(['ghcr.io']))).toEqual([]);
  });

  test('an empty or nameless secret entry does not count', () => {
    expect(runRule(imagePullSecrets, [pod({ imagePullSecrets: [{}], containers: [safeContainer()] })], opts(['*']))).toHaveLength(1);
  });

  test('secrets on the pod service account in the input count, in the same namespace only', () => {
    const p = pod({ serviceAccountName: 'builder', containers: [safeContainer()] });
    expect(runRule(imagePullSecrets, [p, sa('builder', [{ name: 'regcred' }])], opts(['*']))).toEqual([]);
    expect(runRule(imagePullSecrets, [p, { ...sa('builder', [{ name: 'r' }]), metadata: { name: 'builder', namespace: 'other' } }], opts(['*']))).toHaveLength(1);
    expect(runRule(imagePullSecrets, [p, sa('builder', [])], opts(['*']))).toHaveLength(1);
  });

  test('"*" covers every image, including init and ephemeral containers', () => {
    const spec = { containers: [safeContainer()], initContainers: [safeContainer('i', { image: 'nginx:1' })], ephemeralContainers: [safeContainer('e')] };
    expect(runRule(imagePullSecrets, [pod(spec)], opts(['*'])).map((f) => f.container).sort()).toEqual(['app', 'e', 'i']);
  });
});

describe('image-pull-secrets: options, accounts and paths', () => {
  const found = (manifests: unknown[], registries: unknown[]) =>
    runRule(imagePullSecrets, manifests, { ruleOptions: { registries } }).map((f) => [f.path, f.container, f.message]);
  const message = (image: string, account = 'default', container = 'app') =>
    `container "${container}" pulls "${image}" from a registry that needs credentials, but neither the pod nor its service account "${account}" has imagePullSecrets`;

  test('points at the existing imagePullSecrets list when none of its entries names a secret', () => {
    expect(found([pod({ imagePullSecrets: [{ name: '  ' }, {}], containers: [safeContainer()] })], ['*'])).toEqual([
      ['/spec/imagePullSecrets', 'app', message('registry.example.com/app:1.2.3')],
    ]);
  });

  test('each configured registry counts, "*" (even padded) counts for every image, non-string entries are dropped', () => {
    const spec = { containers: [safeContainer('a', { image: 'ghcr.io/team/a:1' }), safeContainer('b', { image: 'quay.io/team/b:1' }), safeContainer()] };
    expect(found([pod(spec)], [null, 5, 'registry.example.com', 'ghcr.io']).map((f) => f[1])).toEqual(['a', 'app']);
    expect(found([pod(spec)], ['registry.example.com', '*']).map((f) => f[1])).toEqual(['a', 'b', 'app']);
    expect(found([pod(spec)], [' * ']).map((f) => f[1])).toEqual(['a', 'b', 'app']);
  });

  test('the image is shown trimmed; missing, blank and non-string images are skipped', () => {
    const spec = { containers: [safeContainer('app', { image: ' nginx:1 ' }), safeContainer('blank', { image: '  ' }), safeContainer('none', { image: undefined }), safeContainer('num', { image: 7 })] };
    expect(found([pod(spec)], ['docker.io'])).toEqual([['/spec', 'app', message('nginx:1')]]);
  });

  test('a blank serviceAccountName means the default service account, whose pull secrets count', () => {
    const p = pod({ serviceAccountName: ' ', containers: [safeContainer()] });
    expect(found([p], ['*'])).toEqual([['/spec', 'app', message('registry.example.com/app:1.2.3', 'default')]]);
    expect(found([p, sa('default', [{ name: 'regcred' }])], ['*'])).toEqual([]);
  });

  test('only ServiceAccounts lend their pull secrets, matched also without a namespace', () => {
    const p = pod({ serviceAccountName: 'builder', containers: [safeContainer()] }, { name: 'p' });
    const account = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder' }, imagePullSecrets: [{ name: 'regcred' }] };
    expect(found([p, account], ['*'])).toEqual([]);
    const lookalike = { apiVersion: 'example.com/v1', kind: 'RegistryAccount', metadata: { name: 'builder' }, imagePullSecrets: [{ name: 'regcred' }] };
    expect(found([p, lookalike], ['*'])).toEqual([['/spec', 'app', message('registry.example.com/app:1.2.3', 'builder')]]);
  });
});
