import { AnalyzedObject } from '../../engine/analyze';
import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asString, isSet, typeNote } from '../../engine/values';
import { PodSpecView } from '../../engine/workload';

/** The service account a pod runs as (`serviceAccountName`, the deprecated `serviceAccount`, or `default`). */
export function serviceAccountOf(pod: PodSpecView): string {
  const name = asString(pod.spec.serviceAccountName) ?? asString(pod.spec.serviceAccount);
  return name && name.trim() !== '' ? name : 'default';
}

/** `namespace/name` of ServiceAccounts in the input that turn token automounting off. */
export function accountsWithoutAutomount(objects: readonly AnalyzedObject[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (o.kind === 'ServiceAccount' && o.manifest.automountServiceAccountToken === false) out.add(`${o.ref.namespace ?? ''}/${o.ref.name ?? ''}`);
  }
  return out;
}

/** Pods should not get an API token mounted unless they need one. */
export const automountServiceAccountToken = defineCrossObjectRule(
  {
    id: 'automount-service-account-token',
    title: 'Service account token mounted automatically',
    severity: 'warning',
    category: 'service-accounts',
    description:
      'By default every container gets a token for the pod\'s service account at `/var/run/secrets/kubernetes.io/serviceaccount`. Most applications never call the Kubernetes API, but an intruder will: with the token it acts with all the permissions of the service account. A pod passes when it sets `automountServiceAccountToken: false`, or leaves it unset while its ServiceAccount (among the checked manifests) sets it to false. An explicit `true` on the pod always fails.',
    remediation:
      'Set `spec.automountServiceAccountToken: false` on the pod (or on its ServiceAccount). Pods that need the API can mount a short-lived token with a `projected` `serviceAccountToken` volume, or suppress this finding with a reason.',
    standards: { cis: [{ id: '5.1.6', benchmark: '1.10' }], nsa: ['1.11', 'C-0034'] },
    equivalents: {
      'polaris': ['automountServiceAccountToken'],
      'kubesec': ['AutomountServiceAccountToken'],
      'checkov': ['CKV_K8S_38'],
      'kyverno': ['other/restrict-automount-sa-token', 'other/disable-automountserviceaccounttoken'],
      'trivy': ['KSV036'],
    },
  },
  (objects) => {
    const disabled = accountsWithoutAutomount(objects);
    const out: ObjectViolation[] = [];
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      for (let j = 0; j < object.podSpecs.length; j++) {
        const pod = object.podSpecs[j];
        const value = pod.spec.automountServiceAccountToken;
        if (value === false) continue;
        const account = serviceAccountOf(pod);
        const path = appendPointer(pod.path, 'automountServiceAccountToken');
        if (isSet(value)) {
          out.push({ object, path, message: `the pod sets automountServiceAccountToken=${show(value)}${typeNote(value, 'boolean')}, so its containers get the token of service account "${account}"` });
        } else if (!disabled.has(`${object.ref.namespace ?? ''}/${account}`)) {
          out.push({
            object,
            path,
            message: `the pod does not set automountServiceAccountToken: false, and its service account "${account}" does not either (or is not among the checked manifests), so its containers get an API token`,
          });
        }
      }
    }
    return out;
  },
);
