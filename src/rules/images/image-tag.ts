import { containerMessage, describeContainer } from '../../engine/describe';
import { defineContainerRule } from '../../engine/rule';
import { asString } from '../../engine/values';

/** Splits an image reference into its parts; `tag` is undefined when absent. */
export function parseImage(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const withoutDigest = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port (registry:5000/app), not a tag.
  const hasTag = lastColon > lastSlash;
  return {
    name: hasTag ? withoutDigest.slice(0, lastColon) : withoutDigest,
    ...(hasTag ? { tag: withoutDigest.slice(lastColon + 1) } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
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
    const path = c.path + '/image';
    if (image === undefined || image.trim() === '') return { path, container: c.name, message: containerMessage(c, 'has no image') };
    const ref = parseImage(image.trim());
    if (ref.digest !== undefined) return undefined;
    if (ref.tag === undefined || ref.tag === '') return { path, container: c.name, message: `${describeContainer(c)} uses image "${image}" without a tag, which means latest` };
    if (ref.tag.toLowerCase() === 'latest') return { path, container: c.name, message: `${describeContainer(c)} uses image "${image}" with the mutable tag latest` };
    return undefined;
  },
);
