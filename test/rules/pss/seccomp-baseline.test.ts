import { seccompBaseline } from '../../../src/rules/pss/seccomp-baseline';
import { runRule } from '../../support/manifests';
import { bare, check, deploymentWithTemplateMetadata, paths, withSc } from './helpers';

const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod';
const containerKey = (name: string) => `container.seccomp.security.alpha.kubernetes.io/${name}`;
const pointer = (key: string) => '/metadata/annotations/' + key.replace(/\//g, '~1');

describe('pss-seccomp-baseline', () => {
  describe('1.0–1.18: legacy annotations', () => {
    test.each(['runtime/default', 'docker/default', 'localhost/profile.json'])('annotation value %s passes', (value) => {
      expect(check(seccompBaseline, { containers: [bare()] }, 'v1.18', { annotations: { [POD_KEY]: value, [containerKey('app')]: value } })).toEqual([]);
    });

    test('unconfined or empty values fail, for the pod and for each container by name', () => {
      const spec = { initContainers: [bare('init')], containers: [bare('app')], ephemeralContainers: [bare('dbg')] };
      const annotations = { [POD_KEY]: 'unconfined', [containerKey('init')]: '', [containerKey('app')]: 'runtime/default', [containerKey('dbg')]: 'unconfined' };
      const findings = check(seccompBaseline, spec, 'v1.10', { annotations });
      expect(paths(findings)).toEqual([pointer(containerKey('dbg')), pointer(containerKey('init')), pointer(POD_KEY)].sort());
      expect(findings.find((f) => f.path === pointer(POD_KEY))!.message).toContain(`annotation ${POD_KEY}="unconfined" selects a forbidden seccomp profile`);
    });

    test('a container annotation for a container that does not exist is ignored, as in PSA', () => {
      expect(check(seccompBaseline, { containers: [bare('app')] }, 'v1.0', { annotations: { [containerKey('ghost')]: 'unconfined' } })).toEqual([]);
    });

    test('the fields are not checked before 1.19', () => {
      expect(check(seccompBaseline, { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [bare()] }, 'v1.18')).toEqual([]);
    });

    test('annotations on a Deployment pod template are read', () => {
      const d = deploymentWithTemplateMetadata({ containers: [bare('app')] }, { annotations: { [containerKey('app')]: 'unconfined' } });
      expect(paths(runRule(seccompBaseline, [d], { kubernetesVersion: 'v1.18' }))).toEqual(['/spec/template' + pointer(containerKey('app'))]);
    });
  });

  describe('1.19+: seccompProfile fields', () => {
    test('the switch happens at 1.19 (boundary 1.18 → 1.19)', () => {
      const spec = { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [bare()] };
      const metadata = { annotations: { [POD_KEY]: 'unconfined' } };
      expect(paths(check(seccompBaseline, spec, 'v1.18', metadata))).toEqual([pointer(POD_KEY)]);
      expect(paths(check(seccompBaseline, spec, 'v1.19', metadata))).toEqual(['/spec/securityContext/seccompProfile/type']);
    });

    test('unset, RuntimeDefault and Localhost pass', () => {
      const spec = {
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        containers: [bare(), withSc('l', { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } })],
      };
      expect(check(seccompBaseline, spec, 'v1.19')).toEqual([]);
    });

    test('Unconfined, an empty profile or a mistyped profile fail in any container type', () => {
      const spec = {
        initContainers: [withSc('i', { seccompProfile: { type: 'Unconfined' } })],
        containers: [withSc('app', { seccompProfile: {} }), withSc('s', { seccompProfile: 'runtime/default' })],
        ephemeralContainers: [withSc('e', { seccompProfile: { type: 'runtimedefault' } })],
      };
      expect(paths(check(seccompBaseline, spec))).toEqual([
        '/spec/containers/0/securityContext/seccompProfile',
        '/spec/containers/1/securityContext/seccompProfile',
        '/spec/ephemeralContainers/0/securityContext/seccompProfile/type',
        '/spec/initContainers/0/securityContext/seccompProfile/type',
      ]);
    });

    test('a container setting RuntimeDefault does not excuse a pod-level Unconfined', () => {
      const spec = { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [withSc('app', { seccompProfile: { type: 'RuntimeDefault' } })] };
      expect(paths(check(seccompBaseline, spec))).toEqual(['/spec/securityContext/seccompProfile/type']);
    });
  });
});

describe('pss-seccomp-baseline messages', () => {
  test('field findings describe the profile exactly and name the container', () => {
    const spec = {
      securityContext: { seccompProfile: { type: 'Unconfined' } },
      containers: [withSc('a', { seccompProfile: {} }), withSc('b', { seccompProfile: 'runtime/default' }), withSc('c', { seccompProfile: { type: 5 } })],
    };
    expect(check(seccompBaseline, spec).map((f) => ({ path: f.path, container: f.container, message: f.message }))).toEqual([
      { path: '/spec/securityContext/seccompProfile/type', container: undefined, message: 'the pod sets spec.securityContext.seccompProfile with type "Unconfined"; only RuntimeDefault or Localhost is allowed' },
      { path: '/spec/containers/0/securityContext/seccompProfile', container: 'a', message: 'container "a" sets securityContext.seccompProfile with no type; only RuntimeDefault or Localhost is allowed' },
      { path: '/spec/containers/1/securityContext/seccompProfile', container: 'b', message: 'container "b" sets securityContext.seccompProfile with "runtime/default" (the value is a string, not an object: the Kubernetes API would reject this manifest); only RuntimeDefault or Localhost is allowed' },
      { path: '/spec/containers/2/securityContext/seccompProfile/type', container: 'c', message: 'container "c" sets securityContext.seccompProfile with type 5 (the value is a number, not a string: the Kubernetes API would reject this manifest); only RuntimeDefault or Localhost is allowed' },
    ]);
  });

  test('legacy annotations that are null or not strings fail with a readable message', () => {
    expect(check(seccompBaseline, { containers: [bare()] }, 'v1.18', { annotations: { [POD_KEY]: null } }).map((f) => f.message)).toEqual([
      `annotation ${POD_KEY}="" selects a forbidden seccomp profile; only runtime/default, docker/default or localhost/<profile> is allowed`,
    ]);
    expect(check(seccompBaseline, { containers: [bare()] }, 'v1.18', { annotations: { [POD_KEY]: 5 } }).map((f) => f.message)).toEqual([
      `annotation ${POD_KEY}=5 (the value is a number, not a string: the Kubernetes API would reject this manifest) selects a forbidden seccomp profile; only runtime/default, docker/default or localhost/<profile> is allowed`,
    ]);
  });
});
