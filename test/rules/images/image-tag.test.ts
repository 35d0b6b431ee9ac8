import { imageTag, parseImage } from '../../../src/rules/images/image-tag';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const img = (image: unknown, name = 'app') => safeContainer(name, { image });

describe('image-tag', () => {
  test('passes for a fixed tag or a digest', () => {
    expect(runRule(imageTag, [pod({ containers: [img('nginx:1.27.2'), img('nginx@sha256:' + 'a'.repeat(64), 'b'), img('registry:5000/app:2', 'c')] })])).toEqual([]);
  });

  test('fails for latest, no tag, and a registry port mistaken for a tag', () => {
    const findings = runRule(imageTag, [pod({ containers: [img('nginx:latest'), img('nginx', 'b'), img('registry:5000/app', 'c')] })]);
    expect(findings.map((f) => f.message)).toEqual([
      'container "app" uses image "nginx:latest" with the mutable tag latest',
      'container "b" uses image "nginx" without a tag, which means latest',
      'container "c" uses image "registry:5000/app" without a tag, which means latest',
    ]);
    expect(findings[0].path).toBe('/spec/containers/0/image');
  });

  test('a missing or mistyped image is reported; init and ephemeral containers are checked', () => {
    const spec = { containers: [img('a:1')], initContainers: [img(undefined, 'i')], ephemeralContainers: [img(7, 'e')] };
    expect(runRule(imageTag, [cronJob(spec)]).map((f) => `${f.container}: ${f.message}`)).toEqual(['i: init container "i" has no image', 'e: ephemeral container "e" has no image']);
  });

  test('parseImage splits name, tag and digest', () => {
    expect(parseImage('reg:5000/team/app:1.2@sha256:abc')).toEqual({ name: 'reg:5000/team/app', tag: '1.2', digest: 'sha256:abc' });
  });
});

describe('image-tag: blank, padded and odd references', () => {
  const findings = (containers: unknown[]) => runRule(imageTag, [pod({ containers })]).map((f) => [f.path, f.message]);

  test('a missing or blank image is reported as no image', () => {
    expect(findings([safeContainer('app', { image: undefined }), img('   ', 'b')])).toEqual([
      ['/spec/containers/0/image', 'container "app" has no image'],
      ['/spec/containers/1/image', 'container "b" has no image'],
    ]);
  });

  test('an empty tag means latest; padding does not hide latest', () => {
    expect(findings([img('nginx:'), img('nginx:latest ', 'b')])).toEqual([
      ['/spec/containers/0/image', 'container "app" uses image "nginx:" without a tag, which means latest'],
      ['/spec/containers/1/image', 'container "b" uses image "nginx:latest " with the mutable tag latest'],
    ]);
  });

  test('a digest is recognized even at the start of the reference', () => {
    expect(parseImage(`@sha256:${'a'.repeat(64)}`)).toEqual({ name: '', digest: `sha256:${'a'.repeat(64)}` });
    expect(findings([img(`@sha256:${'a'.repeat(64)}`)])).toEqual([]);
  });
});
