import { show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { definePodSpecRule } from '../../engine/rule';
import { asString, isSet } from '../../engine/values';

/** `spec.serviceAccount` is a deprecated alias of `serviceAccountName`. */
export const deprecatedServiceAccountField = definePodSpecRule(
  {
    id: 'deprecated-service-account-field',
    title: 'Deprecated serviceAccount field',
    severity: 'warning',
    category: 'service-accounts',
    description:
      '`spec.serviceAccount` is a deprecated alias. When both fields are set and differ, `serviceAccountName` wins, so the account a reader sees in `serviceAccount` may not be the one the pod gets.',
    remediation: 'Replace `spec.serviceAccount` with `spec.serviceAccountName`.',
    equivalents: { 'kube-linter': ['deprecated-service-account-field'] },
  },
  (pod) => {
    const value = pod.spec.serviceAccount;
    if (!isSet(value) || value === '') return undefined;
    const name = asString(pod.spec.serviceAccountName);
    const conflict = name !== undefined && name !== '' && name !== value ? `; it differs from serviceAccountName "${name}", which is the one used` : '';
    return { path: appendPointer(pod.path, 'serviceAccount'), message: `the pod uses the deprecated field serviceAccount=${show(value)}${conflict}` };
  },
);
