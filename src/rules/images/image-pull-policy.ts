import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { asString, isSet } from '../../engine/values';
import { parseImage } from './image-tag';

/** The pull policy Kubernetes applies when none is set: Always for untagged or `latest` images. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const { tag, digest } = parseImage(image.trim());
  return digest === undefined && (tag === undefined || tag === '' || tag === 'latest') ? 'Always' : 'IfNotPresent';
}

/** Containers should always pull their image. */
export const imagePullPolicy = defineContainerRule(
  {
    id: 'image-pull-policy',
    title: 'imagePullPolicy is not Always',
    severity: 'info',
    category: 'images',
    description:
      'With `IfNotPresent` or `Never` a node reuses an image it already has: a pod can start a private image that another tenant pulled without having the pull secret itself, and an image replaced in the registry (or a cached malicious one) keeps running. `Always` makes the kubelet check the registry and the credentials on every start; with digests it costs only a manifest lookup.',
    remediation: 'Set `imagePullPolicy: Always` on the container (or enable the AlwaysPullImages admission plugin).',
    equivalents: {
      'polaris': ['pullPolicyNotAlways'],
      'kube-score': ['container-image-pull-policy'],
      'checkov': ['CKV_K8S_15'],
      'kyverno': ['other/imagepullpolicy-always', 'other/always-pull-images'],
    },
  },
  (c) => {
    const value = c.container.imagePullPolicy;
    const path = appendPointer(c.path, 'imagePullPolicy');
    if (!isSet(value)) {
      const image = asString(c.container.image);
      // Stryker disable next-line MethodExpression,StringLiteral,ConditionalExpression: a blank image has no tag, so defaultPullPolicy gives Always and the next line skips it anyway (a missing one is pinned by the tests: it would throw)
      if (image === undefined || image.trim() === '') return undefined;
      const effective = defaultPullPolicy(image);
      if (effective === 'Always') return undefined;
      return { path, container: c.name, message: `${describeContainer(c)} sets no imagePullPolicy, so "${image.trim()}" is pulled IfNotPresent` };
    }
    if (value === 'Always') return undefined;
    const note = typeof value === 'string' && ['IfNotPresent', 'Never'].includes(value) ? '' : ' (not a valid policy: use Always, IfNotPresent or Never)';
    return { path, container: c.name, message: `${describeContainer(c)} sets imagePullPolicy=${show(value)}${note}` };
  },
);
