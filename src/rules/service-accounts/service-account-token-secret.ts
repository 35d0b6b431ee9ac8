import { defineRule, Violation } from '../../engine/rule';
import { asArray } from '../../engine/values';

/** Long-lived service account tokens should not be created. */
export const serviceAccountTokenSecret = defineRule(
  {
    id: 'service-account-token-secret',
    title: 'Long-lived service account token',
    severity: 'warning',
    category: 'service-accounts',
    description:
      'A Secret of type `kubernetes.io/service-account-token` holds a token that never expires and stays valid until the Secret is deleted; copied once, it grants the service account\'s permissions forever. Listing Secrets under a ServiceAccount\'s `secrets` field is the legacy way of handing such tokens out. Bound tokens (projected volumes, `kubectl create token`, the TokenRequest API) expire and are tied to a pod.',
    remediation: 'Delete the token Secret and the ServiceAccount `secrets` entries; use projected `serviceAccountToken` volumes or the TokenRequest API for short-lived tokens.',
    equivalents: { kyverno: ['other/check-serviceaccount-secrets', 'other/deny-secret-service-account-token-type'] },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.apiVersion !== 'v1') return out;
    if (object.kind === 'Secret' && object.manifest.type === 'kubernetes.io/service-account-token') {
      const account = object.annotations['kubernetes.io/service-account.name'];
      out.push({
        path: object.pointer('type'),
        message: `Secret "${object.ref.name ?? ''}" is a long-lived token${account ? ` for service account "${account}"` : ''} that never expires`,
      });
    }
    if (object.kind === 'ServiceAccount' && asArray(object.manifest.secrets).length) {
      out.push({ path: object.pointer('secrets'), message: `ServiceAccount "${object.ref.name ?? ''}" lists secrets, the legacy way of handing out long-lived tokens` });
    }
    return out;
  },
  { kinds: ['Secret', 'ServiceAccount'] },
);
