import { container, deployment, pod, podWith } from './build';
import { RuleExamples } from './types';

export const IDENTITY_EXAMPLES: RuleExamples = {
  'low-user-id': {
    fail: [podWith({}, { securityContext: { runAsUser: 1000, runAsGroup: 10001 } })],
    pass: [podWith({}, { securityContext: { runAsUser: 10001, runAsGroup: 10001 } })],
  },
  'root-group': {
    fail: [podWith({}, { securityContext: { runAsUser: 10001, runAsGroup: 0 } })],
    pass: [podWith({}, { securityContext: { runAsUser: 10001, runAsGroup: 10001 } })],
  },
  'low-group-id': {
    fail: [podWith({}, { securityContext: { runAsUser: 10001, runAsGroup: 1000 } })],
    pass: [podWith({}, { securityContext: { runAsUser: 10001, runAsGroup: 10001 } })],
  },
  'unique-user-id': {
    fail: [
      deployment({ securityContext: { runAsUser: 10001 }, containers: [container()] }, { name: 'web' }),
      deployment({ securityContext: { runAsUser: 10001 }, containers: [container({ name: 'worker' })] }, { name: 'worker' }),
    ],
    pass: [
      deployment({ securityContext: { runAsUser: 10001 }, containers: [container()] }, { name: 'web' }),
      deployment({ securityContext: { runAsUser: 10002 }, containers: [container({ name: 'worker' })] }, { name: 'worker' }),
    ],
  },
  'read-only-root-filesystem': {
    fail: [podWith({ securityContext: { readOnlyRootFilesystem: false } })],
    pass: [podWith({ securityContext: { readOnlyRootFilesystem: true } })],
  },
  'security-context': {
    fail: [podWith({})],
    pass: [
      podWith(
        { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true } },
        { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } },
      ),
    ],
  },
  'ephemeral-containers': {
    fail: [pod({ containers: [container()], ephemeralContainers: [{ name: 'debugger', image: 'busybox:1.36', targetContainerName: 'web' }] })],
    pass: [podWith({})],
  },
};
