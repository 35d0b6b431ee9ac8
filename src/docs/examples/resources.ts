import { container, object, pod, podWith } from './build';
import { RuleExamples } from './types';

const namespace = object('v1', 'Namespace', 'shop', {}, undefined);
const withResources = (resources: Record<string, unknown>) => podWith({ resources });
const withVolume = (emptyDir: Record<string, unknown>) =>
  pod({ containers: [container({ volumeMounts: [{ name: 'scratch', mountPath: '/tmp' }] })], volumes: [{ name: 'scratch', emptyDir }] });

export const RESOURCES_EXAMPLES: RuleExamples = {
  'cpu-requests': {
    fail: [withResources({ requests: { memory: '256Mi' } })],
    pass: [withResources({ requests: { cpu: '250m', memory: '256Mi' } })],
  },
  'cpu-limits': {
    fail: [withResources({ requests: { cpu: '250m' } })],
    pass: [withResources({ requests: { cpu: '250m' }, limits: { cpu: '1' } })],
  },
  'memory-requests': {
    fail: [withResources({ requests: { cpu: '250m' } })],
    pass: [withResources({ requests: { cpu: '250m', memory: '256Mi' } })],
  },
  'memory-limits': {
    fail: [withResources({ requests: { memory: '256Mi' } })],
    pass: [withResources({ requests: { memory: '256Mi' }, limits: { memory: '256Mi' } })],
  },
  'requests-equal-limits': {
    fail: [withResources({ requests: { memory: '256Mi' }, limits: { memory: '1Gi' } })],
    pass: [withResources({ requests: { memory: '256Mi' }, limits: { memory: '256Mi' } })],
  },
  'ephemeral-storage': {
    fail: [withResources({ requests: { cpu: '250m', memory: '256Mi' } })],
    pass: [withResources({ requests: { cpu: '250m', memory: '256Mi', 'ephemeral-storage': '1Gi' }, limits: { 'ephemeral-storage': '2Gi' } })],
  },
  'emptydir-size-limit': {
    fail: [withVolume({})],
    pass: [withVolume({ sizeLimit: '1Gi' })],
  },
  'memory-emptydir-size-limit': {
    fail: [withVolume({ medium: 'Memory' })],
    pass: [withVolume({ medium: 'Memory', sizeLimit: '64Mi' })],
  },
  'namespace-resource-quota': {
    fail: [namespace],
    pass: [namespace, object('v1', 'ResourceQuota', 'compute', { spec: { hard: { 'requests.cpu': '8', 'requests.memory': '16Gi', 'limits.memory': '16Gi' } } })],
  },
  'namespace-limit-range': {
    fail: [namespace],
    pass: [
      namespace,
      object('v1', 'LimitRange', 'defaults', {
        spec: { limits: [{ type: 'Container', defaultRequest: { cpu: '100m', memory: '128Mi' }, default: { memory: '256Mi' } }] },
      }),
    ],
  },
};
