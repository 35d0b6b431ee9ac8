import { analyzeAll } from '../../../src/engine/evaluate';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { appArmor } from '../../../src/rules/pss/apparmor';
import { deployment, pod, runRule } from '../../support/manifests';
import { bare, check, deploymentWithTemplateMetadata, paths, withSc } from './helpers';

const KEY = 'container.apparmor.security.beta.kubernetes.io/app';

describe('pss-apparmor', () => {
  test('passes for unset, RuntimeDefault and Localhost profiles', () => {
    const spec = {
      securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
      containers: [bare(), withSc('b', { appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-apparmor' } })],
    };
    expect(check(appArmor, spec)).toEqual([]);
  });

  test('fails for Unconfined at pod level and in any container type', () => {
    const spec = {
      securityContext: { appArmorProfile: { type: 'Unconfined' } },
      initContainers: [withSc('i', { appArmorProfile: { type: 'Unconfined' } })],
      containers: [withSc('app', { appArmorProfile: { type: 'RuntimeDefault' } })],
      ephemeralContainers: [withSc('e', { appArmorProfile: { type: 'Unconfined' } })],
    };
    const findings = check(appArmor, spec);
    expect(paths(findings)).toEqual([
      '/spec/ephemeralContainers/0/securityContext/appArmorProfile/type',
      '/spec/initContainers/0/securityContext/appArmorProfile/type',
      '/spec/securityContext/appArmorProfile/type',
    ]);
    expect(findings.find((f) => f.path === '/spec/securityContext/appArmorProfile/type')!.message).toBe(
      'the pod sets spec.securityContext.appArmorProfile with type "Unconfined"; only RuntimeDefault or Localhost is allowed',
    );
  });

  test('a profile without a type fails, as in PSA (its empty type is not allowed)', () => {
    expect(paths(check(appArmor, { containers: [withSc('app', { appArmorProfile: {} })] }))).toEqual(['/spec/containers/0/securityContext/appArmorProfile']);
  });

  test('a profile that is not an object fails with a type note', () => {
    const [f] = check(appArmor, { containers: [withSc('app', { appArmorProfile: 'runtime/default' })] });
    expect(f.message).toContain('not an object: the Kubernetes API would reject');
    // The path points at the profile itself: it has no type field.
    expect(f.path).toBe('/spec/containers/0/securityContext/appArmorProfile');
  });

  test('legacy annotations: empty, runtime/default and localhost/* pass; anything else fails, at every version', () => {
    for (const value of ['', 'runtime/default', 'localhost/custom']) {
      expect(check(appArmor, { containers: [bare()] }, 'v1.0', { annotations: { [KEY]: value } })).toEqual([]);
    }
    for (const version of ['v1.0', 'v1.30', 'latest']) {
      const findings = check(appArmor, { containers: [bare()] }, version, { annotations: { [KEY]: 'unconfined' } });
      expect(paths(findings)).toEqual(['/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app']);
    }
  });

  test('the annotation counts even for a container name that does not exist (PSA checks every key)', () => {
    expect(check(appArmor, { containers: [bare()] }, 'latest', { annotations: { 'container.apparmor.security.beta.kubernetes.io/ghost': 'unconfined' } })).toHaveLength(1);
  });

  test('annotations are read from the pod template of a workload, not the workload metadata', () => {
    const d = deploymentWithTemplateMetadata({ containers: [bare()] }, { annotations: { [KEY]: 'unconfined' } });
    expect(paths(runRule(appArmor, [d]))).toEqual(['/spec/template/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app']);
    const onWorkload = deployment({ containers: [bare()] });
    (onWorkload.metadata as Record<string, unknown>).annotations = { [KEY]: 'unconfined' };
    expect(runRule(appArmor, [onWorkload])).toEqual([]);
  });
});

describe('pss-apparmor details', () => {
  test('a container profile without a type: exact message, naming the container', () => {
    const findings = check(appArmor, { containers: [withSc('app', { appArmorProfile: {} })] });
    expect(findings.map((f) => ({ container: f.container, message: f.message }))).toEqual([
      { container: 'app', message: 'container "app" sets securityContext.appArmorProfile with no type; only RuntimeDefault or Localhost is allowed' },
    ]);
  });

  test('legacy annotation message; other and null annotations are ignored; non-strings fail', () => {
    expect(check(appArmor, { containers: [bare()] }, 'latest', { annotations: { [KEY]: 'unconfined' } }).map((f) => f.message)).toEqual([
      `annotation ${KEY}="unconfined" selects a forbidden AppArmor profile; only runtime/default or localhost/<profile> is allowed`,
    ]);
    expect(check(appArmor, { containers: [bare()] }, 'latest', { annotations: { 'example.com/profile': 'unconfined', [KEY]: null } })).toEqual([]);
    expect(check(appArmor, { containers: [bare()] }, 'latest', { annotations: { [KEY]: 5 } }).map((f) => f.message)).toEqual([
      `annotation ${KEY}=5 (the value is a number, not a string: the Kubernetes API would reject this manifest) selects a forbidden AppArmor profile; only runtime/default or localhost/<profile> is allowed`,
    ]);
  });
});

describe('pss-apparmor violation paths before the engine shortens them', () => {
  // The engine cuts a finding's path back to the deepest node that exists, so only the rule's own
  // output shows whether it points at appArmorProfile/type or at appArmorProfile itself.
  const violations = (spec: Record<string, unknown>) => {
    const [object] = analyzeAll([{ manifest: pod(spec) }]);
    return appArmor.check!(object, { kubernetesVersion: parseKubernetesVersion('latest'), options: {} });
  };

  test('a profile that is not an object is reported at appArmorProfile; an object without an allowed type at its type field', () => {
    expect(violations({ securityContext: { appArmorProfile: {} }, containers: [withSc('app', { appArmorProfile: 'runtime/default' })] })).toEqual([
      {
        path: '/spec/securityContext/appArmorProfile/type',
        message: 'the pod sets spec.securityContext.appArmorProfile with no type; only RuntimeDefault or Localhost is allowed',
      },
      {
        path: '/spec/containers/0/securityContext/appArmorProfile',
        container: 'app',
        message:
          'container "app" sets securityContext.appArmorProfile with "runtime/default" (the value is a string, not an object: the Kubernetes API would reject this manifest); only RuntimeDefault or Localhost is allowed',
      },
    ]);
  });
});
