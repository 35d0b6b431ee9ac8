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
