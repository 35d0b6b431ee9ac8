import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { asString } from '../../engine/values';

/** Pods that talk to the API should have their own service account. */
export const defaultServiceAccount = definePodSpecRule(
  {
    id: 'default-service-account',
    title: 'Pod uses the default service account',
    severity: 'warning',
    category: 'service-accounts',
    description:
      'Every pod of a namespace that names no service account shares `default`: any permission granted to it for one workload is granted to all, and audit logs cannot tell them apart. Pods that opt out of the token (`automountServiceAccountToken: false`) are not reported, since they cannot use the account.',
    remediation: 'Create a ServiceAccount per workload and set `spec.serviceAccountName`; or set `automountServiceAccountToken: false` if the pod does not need the API.',
    standards: { cis: [{ id: '5.1.5', benchmark: '1.10' }] },
    equivalents: {
      'kube-linter': ['default-service-account'],
      'kubesec': ['ServiceAccountName'],
      'kyverno': ['other/restrict-service-account'],
    },
  },
  (pod) => {
    if (pod.spec.automountServiceAccountToken === false) return undefined;
    const name = asString(pod.spec.serviceAccountName) ?? asString(pod.spec.serviceAccount);
    if (name !== undefined && name.trim() !== '' && name !== 'default') return undefined;
    const how = name === 'default' ? 'names the default service account' : 'sets no serviceAccountName, so it runs as the default service account';
    return { path: appendPointer(pod.path, 'serviceAccountName'), message: `the pod ${how} and gets its token` };
  },
);
