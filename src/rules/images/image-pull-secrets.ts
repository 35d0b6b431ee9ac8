import { AnalyzedObject } from '../../engine/analyze';
import { describeContainer } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { serviceAccountOf } from '../service-accounts/automount-service-account-token';
import { matchesPrefix, normalizeRegistryPrefix, qualifiedRepository } from './image-ref';

function hasSecrets(value: unknown): boolean {
  return asArray(value).some((s) => (asString(asObject(s).name) ?? '').trim() !== '');
}

/** Service accounts in the input that carry imagePullSecrets, as `namespace/name`. */
function accountsWithPullSecrets(objects: readonly AnalyzedObject[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (o.kind !== 'ServiceAccount' || !hasSecrets(o.manifest.imagePullSecrets)) continue;
    out.add(`${o.ref.namespace ?? ''}/${o.ref.name ?? ''}`);
  }
  return out;
}

/** Pods pulling from configured private registries must have pull secrets. */
export const imagePullSecrets = defineCrossObjectRule(
  {
    id: 'image-pull-secrets',
    title: 'No imagePullSecrets for a private registry',
    severity: 'warning',
    category: 'images',
    description:
      'Pods that pull from a private registry without their own pull secret either fail with ImagePullBackOff or silently rely on credentials configured on the node, which every pod on that node then shares. The option `registries` lists the registries (or repository prefixes) that need a secret; `*` means every image. It is empty by default, and then this rule reports nothing. A secret on the pod\'s ServiceAccount counts when that ServiceAccount is part of the checked manifests.',
    remediation: 'Add `spec.imagePullSecrets: [{name: <secret>}]` to the pod template, or add the secret to the imagePullSecrets of its ServiceAccount.',
    equivalents: { kyverno: ['other/require-imagepullsecrets'] },
    defaultOptions: { registries: [] },
  },
  (objects, context) => {
    const entries = asArray(context.options.registries)
      .map(asString)
      .filter(
        // Stryker disable next-line MethodExpression,StringLiteral: a blank entry normalizes to the prefix '', which matchesPrefix never matches, so keeping it changes no result
        (s): s is string => s !== undefined && s.trim() !== '',
      );
    const out: ObjectViolation[] = [];
    if (!entries.length) return out;
    const all = entries.some((e) => e.trim() === '*');
    // Stryker disable next-line MethodExpression,StringLiteral: '*' (even padded) is handled by `all`, which makes the prefixes irrelevant
    const prefixes = entries.filter((e) => e.trim() !== '*').map(normalizeRegistryPrefix);
    const accounts = accountsWithPullSecrets(objects);
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      for (let j = 0; j < object.podSpecs.length; j++) {
        const pod = object.podSpecs[j];
        if (hasSecrets(pod.spec.imagePullSecrets)) continue;
        const account = serviceAccountOf(pod);
        if (accounts.has(`${object.ref.namespace ?? ''}/${account}`)) continue;
        for (let k = 0; k < pod.containers.length; k++) {
          const c = pod.containers[k];
          const image = asString(c.container.image)?.trim();
          if (!image) continue;
          const repository = qualifiedRepository(image);
          if (!all && !prefixes.some((p) => matchesPrefix(repository, p))) continue;
          out.push({
            object,
            path: appendPointer(pod.path, 'imagePullSecrets'),
            container: c.name,
            message: `${describeContainer(c)} pulls "${image}" from a registry that needs credentials, but neither the pod nor its service account "${account}" has imagePullSecrets`,
          });
        }
      }
    }
    return out;
  },
);
