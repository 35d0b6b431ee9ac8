import { defineRule, Violation } from '../../engine/rule';
import { asString } from '../../engine/values';

const LEVELS = ['privileged', 'baseline', 'restricted'];
const MODES = ['enforce', 'audit', 'warn'];
const PREFIX = 'pod-security.kubernetes.io/';

/** CIS 5.2.1: every namespace needs an active pod security policy mechanism; PSA is the built-in one. */
export const namespacePsaLabels = defineRule(
  {
    id: 'namespace-psa-labels',
    title: 'Namespace without Pod Security Admission enforcement',
    severity: 'warning',
    category: 'metadata',
    description:
      'Pod Security Admission only enforces a level in namespaces labelled `pod-security.kubernetes.io/enforce`; without the label (or with `privileged`) the namespace accepts privileged pods unless the cluster sets a stricter default. Invalid level or version values are rejected by PSA and fall back to the cluster default.',
    remediation:
      'Label the Namespace `pod-security.kubernetes.io/enforce: restricted` (or at least `baseline`), optionally pinned with `pod-security.kubernetes.io/enforce-version: v1.N`, and add `audit`/`warn` labels at `restricted`.',
    standards: { cis: [{ id: '5.2.1', benchmark: '1.10' }] },
    equivalents: { kyverno: ['psa/add-psa-labels', 'psa/deny-privileged-profile'] },
    defaultOptions: { minimumLevel: 'baseline', requireVersionPin: false },
  },
  (object, context) => {
    if (object.kind !== 'Namespace' || object.apiVersion !== 'v1') return [];
    const name = object.ref.name !== undefined ? `Namespace "${object.ref.name}"` : 'Namespace';
    const minimum = LEVELS.indexOf(asString(context.options.minimumLevel) ?? 'baseline');
    const label = (key: string) => object.pointer('metadata', 'labels', key);
    const out: Violation[] = [];
    for (let i = 0; i < MODES.length; i++) {
      const mode = MODES[i];
      const level = object.labels[PREFIX + mode];
      if (level !== undefined && !LEVELS.includes(level)) {
        out.push({ path: label(PREFIX + mode), message: `${name} label ${PREFIX}${mode} has the invalid level "${level}" (use privileged, baseline or restricted)` });
      }
      const version = object.labels[`${PREFIX}${mode}-version`];
      if (version !== undefined && !/^(latest|v1\.\d+)$/.test(version)) {
        out.push({ path: label(`${PREFIX}${mode}-version`), message: `${name} label ${PREFIX}${mode}-version has the invalid value "${version}" (use latest or v1.N)` });
      }
    }
    const enforce = object.labels[PREFIX + 'enforce'];
    if (enforce === undefined) {
      out.push({ path: object.pointer('metadata', 'labels'), message: `${name} has no ${PREFIX}enforce label, so Pod Security Admission enforces only the cluster default` });
    } else if (LEVELS.includes(enforce) && LEVELS.indexOf(enforce) < minimum) {
      out.push({ path: label(PREFIX + 'enforce'), message: `${name} enforces Pod Security level "${enforce}", below the required "${LEVELS[minimum]}"` });
    }
    if (enforce !== undefined && context.options.requireVersionPin === true && object.labels[PREFIX + 'enforce-version'] === undefined) {
      out.push({ path: object.pointer('metadata', 'labels'), message: `${name} does not pin ${PREFIX}enforce-version, so a cluster upgrade can change what is enforced` });
    }
    return out;
  },
  { kinds: ['Namespace'] },
);
