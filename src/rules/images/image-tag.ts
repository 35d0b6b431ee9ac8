import { containerMessage, describeContainer } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { asString } from '../../engine/values';

/** An image reference split into its parts; `tag` and `digest` are absent when not written. */
export interface ImageRef {
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

/**
 * The last image parsed and its parts. Three rules parse each container's image, one object after
 * the other (image-tag, image-digest, allowed-registries), so the same text comes back twice in a row.
 */
let lastImage: string | undefined;
let lastRef: ImageRef | undefined;

/** Splits an image reference into its parts; `tag` is undefined when absent. */
export function parseImage(image: string): ImageRef {
  // Stryker disable next-line ConditionalExpression: parsing the same text again gives the same parts; only speed differs
  if (image === lastImage) return lastRef!;
  const at = image.indexOf('@');
  const withoutDigest = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port (registry:5000/app), not a tag.
  const hasTag = lastColon > lastSlash;
  const ref: { name: string; tag?: string; digest?: string } = { name: hasTag ? withoutDigest.slice(0, lastColon) : withoutDigest };
  if (hasTag) ref.tag = withoutDigest.slice(lastColon + 1);
  if (at >= 0) ref.digest = image.slice(at + 1);
  lastImage = image;
  lastRef = Object.freeze(ref);
  return ref;
}

/** Images must name a fixed version: a tag other than `latest`, or a digest. */
export const imageTag = defineContainerRule(
  {
    id: 'image-tag',
    title: 'Image without a fixed tag',
    severity: 'error',
    category: 'images',
    description:
      'An image without a tag, or tagged `latest`, can change under a running workload: rollbacks stop being reproducible and an unreviewed image can reach production.',
    remediation: 'Reference the image by an immutable version tag (e.g. `nginx:1.27.2`) or, better, by digest (`nginx@sha256:…`).',
    equivalents: {
      'polaris': ['tagNotSpecified'],
      'kube-linter': ['latest-tag'],
      'kube-score': ['container-image-tag'],
      'checkov': ['CKV_K8S_14'],
      'kyverno': ['best-practices/disallow-latest-tag'],
      'trivy': ['KSV013'],
    },
  },
  (c) => {
    const image = asString(c.container.image);
    const trimmed = image?.trim();
    if (image === undefined || trimmed === '') return { path: appendPointer(c.path, 'image'), container: c.name, message: containerMessage(c, 'has no image') };
    const ref = parseImage(trimmed!);
    if (ref.digest !== undefined) return undefined;
    if (ref.tag === undefined || ref.tag === '') return { path: appendPointer(c.path, 'image'), container: c.name, message: `${describeContainer(c)} uses image "${image}" without a tag, which means latest` };
    if (ref.tag.toLowerCase() === 'latest') return { path: appendPointer(c.path, 'image'), container: c.name, message: `${describeContainer(c)} uses image "${image}" with the mutable tag latest` };
    return undefined;
  },
);
