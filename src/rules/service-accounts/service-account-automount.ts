import { show } from '../../engine/describe';
import { defineRule, Violation } from '../../engine/rule';
import { isSet, typeNote } from '../../engine/values';

/** ServiceAccounts should not have their token mounted into pods by default. */
export const serviceAccountAutomount = defineRule(
  {
    id: 'service-account-automount',
    title: 'ServiceAccount mounts its token by default',
    severity: 'warning',
    category: 'service-accounts',
    description:
      'A ServiceAccount without `automountServiceAccountToken: false` gets its API token mounted into every pod that uses it and does not opt out. For the `default` ServiceAccount, which every pod without `serviceAccountName` uses, this hands a token to workloads that were never meant to have one.',
    remediation: 'Set `automountServiceAccountToken: false` on the ServiceAccount; pods that need the token opt in with `spec.automountServiceAccountToken: true` or a projected token volume.',
    standards: { cis: [{ id: '5.1.5', benchmark: '1.10' }, { id: '5.1.6', benchmark: '1.10' }], nsa: ['1.11', 'C-0034'] },
    equivalents: {
      polaris: ['automountServiceAccountToken'],
      checkov: ['CKV_K8S_41'],
      kyverno: ['other/restrict-sa-automount-sa-token'],
    },
  },
  (object) => {
    const out: Violation[] = [];
    if (object.kind !== 'ServiceAccount' || object.apiVersion !== 'v1') return out;
    const value = object.manifest.automountServiceAccountToken;
    if (value === false) return out;
    const who = object.ref.name === 'default' ? 'the default ServiceAccount (used by every pod without serviceAccountName)' : `ServiceAccount "${object.ref.name ?? ''}"`;
    const state = isSet(value) ? `sets automountServiceAccountToken=${show(value)}${typeNote(value, 'boolean')}` : 'does not set automountServiceAccountToken: false';
    out.push({ path: object.pointer('automountServiceAccountToken'), message: `${who} ${state}, so its token is mounted into pods by default` });
    return out;
  },
  { kinds: ['ServiceAccount'] },
);
