import { defineRule } from '../../engine/rule';
import { findDeprecation } from './api-versions';

/** Deprecated APIs still work at the target version but are scheduled for removal. */
export const deprecatedApiVersion = defineRule(
  {
    id: 'deprecated-api-version',
    title: 'Deprecated apiVersion',
    severity: 'warning',
    category: 'metadata',
    description:
      'The object uses an apiVersion that is deprecated at the target Kubernetes version: it is still served, but a later upgrade removes it and `kubectl apply` then fails. The check follows the target version (`kubernetesVersion`); APIs that are already removed there are reported by removed-api-version.',
    remediation: 'Migrate the object to the replacement apiVersion named in the finding (field changes are listed in the Kubernetes deprecated API migration guide).',
    equivalents: { 'kube-linter': ['no-extensions-v1beta'], 'kube-score': ['stable-version'], 'kyverno': ['best-practices/check-deprecated-apis'], 'trivy': ['KSV107'] },
  },
  (object, context) => {
    const d = findDeprecation(object.apiVersion, object.kind);
    const minor = context.kubernetesVersion.minor;
    if (!d || minor < d.deprecated || (d.removed !== undefined && minor >= d.removed)) return [];
    const removal = d.removed !== undefined ? `; it is removed in v1.${d.removed}` : '';
    return [{ path: object.pointer('apiVersion'), message: `${object.kind} uses ${d.apiVersion}, deprecated since v1.${d.deprecated}${removal}. Use ${d.replacement}` }];
  },
);
