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
