import { imagePullPolicy } from '../../../src/rules/images/image-pull-policy';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

const c = (overrides: Record<string, unknown>, name = 'app') => safeContainer(name, overrides);

describe('image-pull-policy', () => {
  test('passes with Always, or unset on a latest/untagged image (defaults to Always)', () => {
    expect(runRule(imagePullPolicy, [pod({ containers: [c({ imagePullPolicy: 'Always' })] })])).toEqual([]);
    expect(runRule(imagePullPolicy, [pod({ containers: [c({ image: 'nginx' }), c({ image: 'nginx:latest' }, 'b')] })])).toEqual([]);
  });

  test('fails when unset on a tagged image, explaining the default', () => {
    const [f] = runRule(imagePullPolicy, [deployment({ containers: [safeContainer()] })]);
    expect(f.severity).toBe('info');
    expect(f.path).toBe('/spec/template/spec/containers/0');
    expect(f.message).toBe('container "app" sets no imagePullPolicy, so "registry.example.com/app:1.2.3" is pulled IfNotPresent');
  });

  test('a digest makes the default IfNotPresent even for latest', () => {
    expect(runRule(imagePullPolicy, [pod({ containers: [c({ image: 'nginx:latest@sha256:' + 'a'.repeat(64) })] })])).toHaveLength(1);
  });

  test('fails for IfNotPresent, Never and invalid values', () => {
    const [f] = runRule(imagePullPolicy, [pod({ containers: [c({ imagePullPolicy: 'Never' })] })]);
    expect(f.path).toBe('/spec/containers/0/imagePullPolicy');
    expect(f.message).toBe('container "app" sets imagePullPolicy="Never"');
    expect(runRule(imagePullPolicy, [pod({ containers: [c({ imagePullPolicy: 'always' })] })])[0].message).toContain('not a valid policy');
  });

  test('init and ephemeral containers are checked', () => {
    const spec = { containers: [c({ imagePullPolicy: 'Always' })], initContainers: [c({ imagePullPolicy: 'IfNotPresent' }, 'i')], ephemeralContainers: [c({}, 'e')] };
    expect(runRule(imagePullPolicy, [pod(spec)]).map((f) => f.container).sort()).toEqual(['e', 'i']);
  });
});

describe('image-pull-policy: defaults and messages', () => {
  const findings = (containers: unknown[]) => runRule(imagePullPolicy, [pod({ containers })]).map((f) => [f.path, f.message]);

  test('unset policy on an untagged, empty-tagged or latest image defaults to Always, also with padding', () => {
    expect(findings([c({ image: 'nginx' }), c({ image: 'nginx:' }, 'b'), c({ image: 'nginx:latest ' }, 'd'), c({ image: undefined }, 'e'), c({ image: '  ' }, 'f')])).toEqual([]);
  });

  test('unset policy on a pinned image is IfNotPresent; the image is shown trimmed', () => {
    expect(findings([c({ image: ' nginx:1.27 ' }), c({ image: `nginx:latest@sha256:${'a'.repeat(64)}` }, 'b')])).toEqual([
      ['/spec/containers/0', 'container "app" sets no imagePullPolicy, so "nginx:1.27" is pulled IfNotPresent'],
      ['/spec/containers/1', `container "b" sets no imagePullPolicy, so "nginx:latest@sha256:${'a'.repeat(64)}" is pulled IfNotPresent`],
    ]);
  });

  test('explicit policies other than Always are reported; invalid ones say so', () => {
    expect(findings([c({ imagePullPolicy: 'Never' }), c({ imagePullPolicy: 'IfNotPresent' }, 'i'), c({ imagePullPolicy: 'Sometimes' }, 'b'), c({ imagePullPolicy: 1 }, 'd')])).toEqual([
      ['/spec/containers/0/imagePullPolicy', 'container "app" sets imagePullPolicy="Never"'],
      ['/spec/containers/1/imagePullPolicy', 'container "i" sets imagePullPolicy="IfNotPresent"'],
      ['/spec/containers/2/imagePullPolicy', 'container "b" sets imagePullPolicy="Sometimes" (not a valid policy: use Always, IfNotPresent or Never)'],
      ['/spec/containers/3/imagePullPolicy', 'container "d" sets imagePullPolicy=1 (not a valid policy: use Always, IfNotPresent or Never)'],
    ]);
  });
});
