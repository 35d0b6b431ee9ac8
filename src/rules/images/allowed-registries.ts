import { optionCache } from '../../engine/option-cache';
import { describeContainer } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { asArray, asString } from '../../engine/values';
import { matchesPrefix, normalizeRegistryPrefix, qualifiedRepository } from './image-ref';

/** Images must come from trusted registries (when the allow-list is configured). */
export const allowedRegistries = defineContainerRule(
  {
    id: 'allowed-registries',
    title: 'Image from a registry that is not allowed',
    severity: 'error',
    category: 'images',
    description:
      'Images from arbitrary registries bypass your scanning, signing and mirroring, and a typo-squatted name on a public registry runs whatever its owner pushed. The option `allowedRegistries` lists the registries (or repository prefixes such as `docker.io/library` or `ghcr.io/my-org`) images may come from. It is empty by default, and then this rule reports nothing: only you know your registries. Short names are resolved as the runtime does (`nginx` is `docker.io/library/nginx`).',
    remediation: 'Pull the image through an allowed registry (mirror or re-publish it there), or add the registry to the `allowedRegistries` option of the rule.',
    standards: { cis: [{ id: '5.5.1', benchmark: '1.10' }] },
    equivalents: {
      kyverno: ['best-practices/restrict-image-registries', 'other/allowed-image-repos', 'other/advanced-restrict-image-registries'],
      trivy: ['KSV125', 'KSV032', 'KSV033', 'KSV034', 'KSV035'],
    },
    defaultOptions: { allowedRegistries: [] },
  },
  (c, _pod, _object, context) => {
    const allowed = allowedPrefixes(context.options.allowedRegistries);
    if (!allowed.length) return undefined;
    const image = asString(c.container.image)?.trim();
    if (!image) return undefined;
    const repository = qualifiedRepository(image);
    if (allowed.some((prefix) => matchesPrefix(repository, prefix))) return undefined;
    return {
      path: appendPointer(c.path, 'image'),
      container: c.name,
      message: `${describeContainer(c)} uses image "${image}" (${repository}), which is not under an allowed registry: ${allowed.join(', ')}`,
    };
  },
);

const allowedPrefixes = optionCache((value): readonly string[] =>
  asArray(value)
    .map(asString)
    .filter((s): s is string => s !== undefined && s.trim() !== '')
    .map(normalizeRegistryPrefix),
);
