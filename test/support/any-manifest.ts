import * as fc from 'fast-check';

/** Kinds that rules treat differently, plus a custom resource (Rollout). */
const KINDS = [
  'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate',
  'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy', 'Rollout', 'Namespace',
];

const container = fc.record(
  {
    name: fc.constantFrom('app', 'side'),
    image: fc.constantFrom('nginx', 'registry.example.com/web:1.0', 'x@sha256:' + 'a'.repeat(64)),
    ports: fc.constantFrom([{ containerPort: 8080, name: 'http' }], [{ containerPort: 22 }], [{ containerPort: 80, hostPort: 80 }]),
    securityContext: fc.constantFrom(
      { privileged: true, capabilities: { add: ['SYS_ADMIN', 'NET_RAW'] } },
      { runAsUser: 0, runAsGroup: 0 },
      { procMount: 'Unmasked', seLinuxOptions: { type: 'spc_t' }, windowsOptions: { hostProcess: true }, appArmorProfile: { type: 'Unconfined' } },
      {},
    ),
    livenessProbe: fc.constantFrom({ exec: { command: ['ps'] } }, { httpGet: { port: 'web' } }),
    readinessProbe: fc.constantFrom({ tcpSocket: { port: 9090 } }, { exec: { command: ['ps'] } }),
    lifecycle: fc.constant({ postStart: { httpGet: { host: 'example.com', port: 80 } } }),
    startupProbe: fc.constant({ httpGet: { host: 'example.com', port: 80 } }),
    resources: fc.constantFrom({ limits: { cpu: '0', memory: 'lots' } }, { requests: { cpu: '1' } }),
    env: fc.constantFrom([{ name: 'A', value: '1' }, { name: 'A', value: '2' }], [{ name: 'PASSWORD', value: 'hunter2' }], [{ name: 'T', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }]),
    envFrom: fc.constant([{ secretRef: { name: 's' } }]),
    volumeMounts: fc.constantFrom([{ name: 'host', mountPath: '/h', subPath: 'x' }]),
  },
  { requiredKeys: ['name'] },
);

const podSpec = fc.record(
  {
    containers: fc.array(container, { maxLength: 2 }),
    initContainers: fc.array(container, { maxLength: 1 }),
    ephemeralContainers: fc.array(container, { minLength: 1, maxLength: 1 }),
    hostNetwork: fc.constantFrom(true, 'true'),
    hostPID: fc.constant(true),
    volumes: fc.constantFrom(
      [{ name: 'host', hostPath: { path: '/var/run/docker.sock' } }, { name: 'tmp', emptyDir: { medium: 'Memory' } }],
      [{ name: 'host', hostPath: { path: '/etc' } }, { name: 'scratch', emptyDir: {} }],
    ),
    restartPolicy: fc.constantFrom('Always', 'Never'),
    serviceAccount: fc.constant('legacy'),
    shareProcessNamespace: fc.constant(true),
    hostAliases: fc.constant([{ ip: '1.2.3.4', hostnames: ['x'] }]),
    securityContext: fc.constantFrom(
      { sysctls: [{ name: 'kernel.x', value: '1' }] },
      { runAsNonRoot: false },
      { runAsUser: 0, fsGroup: 0, supplementalGroups: [0], seLinuxOptions: { user: 'root' }, windowsOptions: { hostProcess: true }, appArmorProfile: { type: 'Unconfined' } },
    ),
  },
  { requiredKeys: [] },
);

/** Any kind with insecure pod-shaped fields at every place some kind keeps them. */
export const manifest = fc.record({
  kind: fc.constantFrom(...KINDS),
  apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'policy/v1', 'autoscaling/v2', 'networking.k8s.io/v1', 'argoproj.io/v1alpha1'),
  metadata: fc.record({ name: fc.constantFrom('a', 'b', 'default'), namespace: fc.constantFrom('team', 'default') }, { requiredKeys: [] }),
  // Pod-shaped fields at every place a kind keeps them, whatever the kind.
  spec: fc.record(
    {
      containers: fc.array(container, { maxLength: 1 }),
      template: fc.record({
        metadata: fc.constantFrom({ labels: { app: 'a' } }, { labels: { app: 'a' }, annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } }),
        spec: podSpec,
      }),
      jobTemplate: fc.record({ spec: fc.record({ template: fc.record({ spec: podSpec }) }) }),
      replicas: fc.constantFrom(1, 3),
      selector: fc.constantFrom({ matchLabels: { app: 'b' } }, { app: 'a' }, {}),
      strategy: fc.constant({ type: 'Recreate' }),
      updateStrategy: fc.constant({ type: 'OnDelete' }),
      maxUnavailable: fc.constant(0),
      minReplicas: fc.constant(1),
      concurrencyPolicy: fc.constant('Allow'),
      type: fc.constantFrom('NodePort', 'LoadBalancer'),
    },
    { requiredKeys: [] },
  ),
  template: fc.record({ spec: podSpec }),
  automountServiceAccountToken: fc.constant(true),
  secrets: fc.constant([{ name: 's' }]),
  type: fc.constant('kubernetes.io/service-account-token'),
  data: fc.constant({ password: 'aHVudGVyMg==' }),
}, { requiredKeys: ['kind', 'apiVersion'] });
