import { container, pod, podWith } from './build';
import { RuleExamples } from './types';

/** Pod Security Standards examples: Pods, so the field at issue is easy to spot. */
export const POD_SECURITY_EXAMPLES: RuleExamples = {
  'pss-privileged': {
    fail: [podWith({ securityContext: { privileged: true } })],
    pass: [podWith({ securityContext: { privileged: false } })],
  },
  'pss-host-namespaces': {
    fail: [podWith({}, { hostNetwork: true })],
    pass: [podWith({}, { hostNetwork: false })],
  },
  'pss-host-path-volumes': {
    fail: [pod({ containers: [container({ volumeMounts: [{ name: 'cache', mountPath: '/cache' }] })], volumes: [{ name: 'cache', hostPath: { path: '/srv/cache' } }] })],
    pass: [pod({ containers: [container({ volumeMounts: [{ name: 'cache', mountPath: '/cache' }] })], volumes: [{ name: 'cache', emptyDir: { sizeLimit: '1Gi' } }] })],
  },
  'pss-host-ports': {
    fail: [podWith({ ports: [{ containerPort: 8080, hostPort: 8080 }] })],
    pass: [podWith({ ports: [{ containerPort: 8080 }] })],
  },
  'pss-host-probes-lifecycle': {
    fail: [podWith({ readinessProbe: { httpGet: { host: '169.254.169.254', path: '/healthz', port: 8080 } } })],
    pass: [podWith({ readinessProbe: { httpGet: { path: '/healthz', port: 8080 } } })],
    kubernetesVersion: 'v1.34',
  },
  'pss-apparmor': {
    fail: [podWith({ securityContext: { appArmorProfile: { type: 'Unconfined' } } })],
    pass: [podWith({ securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } })],
  },
  'pss-selinux': {
    fail: [podWith({ securityContext: { seLinuxOptions: { type: 'spc_t' } } })],
    pass: [podWith({ securityContext: { seLinuxOptions: { level: 's0:c123,c456' } } })],
  },
  'pss-proc-mount': {
    fail: [podWith({ securityContext: { procMount: 'Unmasked' } })],
    pass: [podWith({ securityContext: { procMount: 'Default' } })],
  },
  'pss-seccomp-baseline': {
    fail: [podWith({}, { securityContext: { seccompProfile: { type: 'Unconfined' } } })],
    pass: [podWith({}, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } })],
  },
  'pss-sysctls': {
    fail: [podWith({}, { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '65536' }] } })],
    pass: [podWith({}, { securityContext: { sysctls: [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }] } })],
  },
  'pss-capabilities-baseline': {
    fail: [podWith({ securityContext: { capabilities: { add: ['SYS_ADMIN'] } } })],
    pass: [podWith({ securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } })],
  },
  'pss-windows-host-process': {
    fail: [podWith({ securityContext: { windowsOptions: { hostProcess: true } } })],
    pass: [podWith({ securityContext: { windowsOptions: { hostProcess: false } } })],
  },
  'pss-restricted-volumes': {
    fail: [pod({ containers: [container({ volumeMounts: [{ name: 'data', mountPath: '/data' }] })], volumes: [{ name: 'data', nfs: { server: 'nfs.example.com', path: '/exports/web' } }] })],
    pass: [pod({ containers: [container({ volumeMounts: [{ name: 'data', mountPath: '/data' }] })], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'web-data' } }] })],
  },
  'pss-run-as-non-root': {
    fail: [podWith({})],
    pass: [podWith({}, { securityContext: { runAsNonRoot: true } })],
  },
  'pss-allow-privilege-escalation': {
    fail: [podWith({ securityContext: { allowPrivilegeEscalation: true } })],
    pass: [podWith({ securityContext: { allowPrivilegeEscalation: false } })],
  },
  'pss-seccomp-restricted': {
    fail: [podWith({})],
    pass: [podWith({}, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } })],
  },
  'pss-capabilities-restricted': {
    fail: [podWith({ securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } })],
    pass: [podWith({ securityContext: { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } } })],
  },
  'pss-run-as-user': {
    fail: [podWith({ securityContext: { runAsUser: 0 } })],
    pass: [podWith({ securityContext: { runAsUser: 10001 } })],
  },
  'pss-proc-mount-restricted': {
    fail: [podWith({ securityContext: { procMount: 'Unmasked' } }, { hostUsers: false })],
    pass: [podWith({ securityContext: { procMount: 'Default' } }, { hostUsers: false })],
    kubernetesVersion: 'v1.35',
    note: 'In its own user namespace (`hostUsers: false`) the pod passes the baseline procMount check, but not this one.',
  },
};
