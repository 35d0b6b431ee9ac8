import { imageDigest } from '../../../src/rules/images/image-digest';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const DIGEST = 'sha256:' + 'a'.repeat(64);
const img = (image: unknown, name = 'app') => safeContainer(name, { image });

describe('image-digest', () => {
  test('passes for images pinned by a well-formed digest, with or without a tag', () => {
    expect(runRule(imageDigest, [pod({ containers: [img(`registry.example.com/app@${DIGEST}`), img(`nginx:1.27@${DIGEST}`, 'b')] })])).toEqual([]);
  });

  test('fails for a tag-only image with path and message', () => {
    const [f] = runRule(imageDigest, [pod({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/containers/0/image');
    expect(f.message).toBe('container "app" uses image "registry.example.com/app:1.2.3" without a digest');
  });

  test('fails for a malformed digest', () => {
    const [f] = runRule(imageDigest, [pod({ containers: [img('app@sha256:1234')] })]);
    expect(f.message).toContain('malformed digest "sha256:1234"');
    expect(runRule(imageDigest, [pod({ containers: [img('app@sha256:' + 'A'.repeat(64))] })])).toHaveLength(1);
  });

  test('a registry port is not mistaken for a digest or tag', () => {
    expect(runRule(imageDigest, [pod({ containers: [img('registry:5000/app')] })])[0].message).toContain('without a digest');
  });

  test('init, ephemeral and CronJob containers are checked; a missing image is left to image-tag', () => {
    const spec = { containers: [img(`a@${DIGEST}`)], initContainers: [img('i:1', 'i')], ephemeralContainers: [img('busybox', 'e'), img(undefined, 'none'), img(42, 'num')] };
    expect(runRule(imageDigest, [cronJob(spec)]).map((f) => f.container).sort()).toEqual(['e', 'i']);
  });
});

describe('image-digest: padding', () => {
  test('a padded pinned image is pinned', () => {
    expect(runRule(imageDigest, [pod({ containers: [img(` nginx@${DIGEST} `)] })])).toEqual([]);
  });
});
