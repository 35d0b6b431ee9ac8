import { defineRule, Violation } from '../../engine/rule';
import { stringList } from '../rbac/policy-rules';
import { describeIngress, INGRESS_KINDS, isIngress } from './ingress';

/** CVE-2021-25742 and successors: snippet annotations inject raw nginx configuration. */
export const ingressNginxSnippet = defineRule(
  {
    id: 'ingress-nginx-snippet',
    title: 'ingress-nginx snippet annotations',
    severity: 'error',
    category: 'network',
    description:
      'ingress-nginx `*-snippet` annotations copy text into the controller\'s nginx configuration; anyone who can edit an Ingress can read the controller\'s service account token and every Secret it can read (CVE-2021-25742, and the 2025 IngressNightmare family). The value is not shown in findings.',
    remediation: 'Remove the snippet annotation and use the dedicated annotations or a ConfigMap setting instead; run the controller with `allow-snippet-annotations: "false"`.',
    standards: { nsa: ['C-0059'] },
    equivalents: {
      'checkov': ['CKV_K8S_152', 'CKV_K8S_153', 'CKV_K8S_154'],
      'kyverno': ['nginx-ingress/disallow-ingress-nginx-custom-snippets', 'nginx-ingress/restrict-annotations'],
    },
    defaultOptions: { annotationPrefixes: ['nginx.ingress.kubernetes.io/'] },
  },
  (object, context) => {
    if (!isIngress(object)) return [];
    const prefixes = stringList(context.options.annotationPrefixes);
    const out: Violation[] = [];
    for (const key of Object.keys(object.annotations)) {
      if (!key.endsWith('-snippet') || !prefixes.some((p) => key.startsWith(p))) continue;
      out.push({ path: object.pointer('metadata', 'annotations', key), message: `${describeIngress(object)} sets annotation "${key}", which injects raw nginx configuration` });
    }
    return out;
  },
  INGRESS_KINDS,
);
