import { container, pod, podWith } from './build';
import { RuleExamples } from './types';

const mount = (fields: Record<string, unknown> = {}) => container({ volumeMounts: [{ name: 'logs', mountPath: '/logs', ...fields }] });

export const HOST_ISOLATION_EXAMPLES: RuleExamples = {
  'share-process-namespace': {
    fail: [podWith({}, { shareProcessNamespace: true })],
    pass: [podWith({}, { shareProcessNamespace: false })],
  },
  'sensitive-host-mount': {
    fail: [pod({ containers: [mount({ readOnly: true })], volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] })],
    pass: [pod({ containers: [mount({ readOnly: true })], volumes: [{ name: 'logs', hostPath: { path: '/srv/web/logs' } }] })],
  },
  'writable-host-mount': {
    fail: [pod({ containers: [mount()], volumes: [{ name: 'logs', hostPath: { path: '/srv/web/logs' } }] })],
    pass: [pod({ containers: [mount({ readOnly: true })], volumes: [{ name: 'logs', hostPath: { path: '/srv/web/logs' } }] })],
  },
  'container-runtime-socket': {
    fail: [pod({ containers: [container({ volumeMounts: [{ name: 'docker', mountPath: '/var/run/docker.sock' }] })], volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock', type: 'Socket' } }] })],
    pass: [podWith({})],
  },
  'host-path-subpath': {
    fail: [pod({ containers: [mount({ subPath: 'web', readOnly: true })], volumes: [{ name: 'logs', hostPath: { path: '/srv/logs' } }] })],
    pass: [pod({ containers: [mount({ readOnly: true })], volumes: [{ name: 'logs', hostPath: { path: '/srv/logs/web' } }] })],
  },
  'host-aliases': {
    fail: [podWith({}, { hostAliases: [{ ip: '10.0.12.7', hostnames: ['db.internal'] }] })],
    pass: [podWith({})],
  },
  'host-users': {
    fail: [podWith({})],
    pass: [podWith({}, { hostUsers: false })],
  },
  'runtime-class': {
    fail: [podWith({})],
    pass: [podWith({}, { runtimeClassName: 'gvisor' })],
  },
};
