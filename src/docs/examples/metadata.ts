import { deploymentWith, object } from './build';
import { RuleExamples } from './types';

const inNamespace = (namespace: string | undefined) => {
  const d = deploymentWith({});
  const metadata = { ...(d.metadata as Record<string, unknown>) };
  if (namespace === undefined) delete metadata.namespace;
  else metadata.namespace = namespace;
  return { ...d, metadata };
};
const namespace = (labels?: Record<string, string>) => object('v1', 'Namespace', 'shop', labels ? { metadata: { name: 'shop', labels } } : {}, undefined);
// policy/v1beta1 PodDisruptionBudgets were deprecated in v1.21 and removed in v1.25.
const budget = (apiVersion: string) =>
  object(apiVersion, 'PodDisruptionBudget', 'web', { spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } } });

export const METADATA_EXAMPLES: RuleExamples = {
  'default-namespace': {
    fail: [inNamespace(undefined)],
    pass: [inNamespace('shop')],
  },
  'kube-system-namespace': {
    fail: [inNamespace('kube-system')],
    pass: [inNamespace('shop')],
  },
  'namespace-psa-labels': {
    fail: [namespace()],
    pass: [namespace({ 'pod-security.kubernetes.io/enforce': 'restricted' })],
  },
  'required-labels': {
    fail: [object('v1', 'ConfigMap', 'web', { data: { LOG_LEVEL: 'info' } })],
    pass: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'web' } }, data: { LOG_LEVEL: 'info' } }],
  },
  'deprecated-api-version': {
    // Endpoints are deprecated from v1.33 but still served: the manifest works today and breaks on a later upgrade.
    fail: [object('v1', 'Endpoints', 'db', { subsets: [{ addresses: [{ ip: '10.0.12.7' }], ports: [{ name: 'postgres', port: 5432 }] }] })],
    pass: [
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: 'db-1', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'db' } },
        addressType: 'IPv4',
        endpoints: [{ addresses: ['10.0.12.7'] }],
        ports: [{ name: 'postgres', port: 5432 }],
      },
    ],
  },
  'removed-api-version': {
    fail: [budget('policy/v1beta1')],
    pass: [budget('policy/v1')],
    kubernetesVersion: 'v1.25',
  },
};

