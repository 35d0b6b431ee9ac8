import { defineRule } from '../../engine/rule';
import { stringListOption } from '../rbac/policy-rules';

/** NSA 1.12 / KSV037: system namespaces hold the most privileged service accounts and are often exempt from policy. */
export const kubeSystemNamespace = defineRule(
  {
    id: 'kube-system-namespace',
    title: 'Workload in kube-system',
    severity: 'warning',
    category: 'metadata',
    description:
      'kube-system and the other system namespaces run the cluster\'s control components with powerful service accounts, and are often exempt from Pod Security Admission and admission policies. An application workload there can use those service accounts and escapes the policies.',
    remediation: 'Deploy the workload to its own namespace. Cluster add-ons that must run in kube-system should be installed by the platform team, with a suppression that gives the reason.',
    standards: { nsa: ['1.12'] },
    equivalents: { trivy: ['KSV037'] },
    defaultOptions: { namespaces: ['kube-system', 'kube-public', 'kube-node-lease'] },
  },
  (object, context) => {
    const ns = object.ref.namespace;
    if (!object.podSpecs.length || ns === undefined || !stringListOption(context.options.namespaces).includes(ns)) return [];
    return [{ path: object.pointer('metadata', 'namespace'), message: `${object.kind} runs pods in the system namespace "${ns}"` }];
  },
);
