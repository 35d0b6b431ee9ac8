import { describeContainer } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { asString } from '../../engine/values';
import { parseImage } from './image-tag';

/** Digest algorithms with the length of their hex encoding. */
const DIGEST = /^(sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/;

/** Images should be pinned by digest. */
export const imageDigest = defineContainerRule(
  {
    id: 'image-digest',
    title: 'Image not pinned by digest',
    severity: 'warning',
    category: 'images',
    description:
      'A tag is a movable pointer: whoever can push to the repository can change what `app:1.2.3` runs, and nodes may run different images under the same tag. A digest (`@sha256:…`) names exactly the image that was reviewed, scanned and signed.',
    remediation: 'Reference the image by digest, e.g. `registry.example.com/app:1.2.3@sha256:<64 hex digits>` (keep the tag for readability); let your build or Renovate update it.',
    standards: { cis: [{ id: '5.5.1', benchmark: '1.10' }] },
    equivalents: {
      checkov: ['CKV_K8S_43'],
      kyverno: ['other/require-image-checksum', 'other/resolve-image-to-digest'],
    },
  },
  (c) => {
    const image = asString(c.container.image)?.trim();
    // A missing image is reported by image-tag.
    if (!image) return undefined;
    const path = appendPointer(c.path, 'image');
    const { digest } = parseImage(image);
    if (digest === undefined) return { path, container: c.name, message: `${describeContainer(c)} uses image "${image}" without a digest` };
    if (!DIGEST.test(digest)) return { path, container: c.name, message: `${describeContainer(c)} uses image "${image}" with a malformed digest "${digest}" (expected sha256: and 64 hex digits)` };
    return undefined;
  },
);
