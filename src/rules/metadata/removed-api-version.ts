import { defineRule } from '../../engine/rule';
import { findDeprecation } from './api-versions';

/** Removed APIs are no longer served: applying the object fails. */
export const removedApiVersion = defineRule(
  {
    id: 'removed-api-version',
    title: 'Removed apiVersion',
    severity: 'error',
    category: 'metadata',
    description:
      'The object uses an apiVersion that the target Kubernetes version (`kubernetesVersion`) no longer serves; the API server rejects it, so the deployment fails.',
    remediation: 'Migrate the object to the replacement apiVersion named in the finding before deploying to this version.',
    equivalents: { 'kube-linter': ['no-extensions-v1beta'], 'kube-score': ['stable-version'], 'kyverno': ['best-practices/check-deprecated-apis'], 'trivy': ['KSV107'] },
  },
  (object, context) => {
    const d = findDeprecation(object.apiVersion, object.kind);
    if (!d || d.removed === undefined || context.kubernetesVersion.minor < d.removed) return [];
    return [
      {
        path: object.pointer('apiVersion'),
        message: `${object.kind} uses ${d.apiVersion}, which is no longer served since v1.${d.removed} (target ${context.kubernetesVersion.label}). Use ${d.replacement}`,
      },
    ];
  },
);
