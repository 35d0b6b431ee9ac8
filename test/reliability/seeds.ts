/**
 * Valid manifests of every kind the rules look at, rich enough that mutating any field reaches deep
 * rule code (probes, volumes, env, RBAC rules, network policy peers, List items).
 */

function container(name: string): Record<string, unknown> {
  return {
    name,
    image: 'registry.example.com/app@sha256:' + 'a'.repeat(64),
    imagePullPolicy: 'IfNotPresent',
    command: ['/app', '--serve'],
    args: ['--port', '8080'],
    ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: 8080 }],
    env: [
      { name: 'MODE', value: 'prod' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      { name: 'CFG', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode' } } },
      { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
    ],
    envFrom: [{ secretRef: { name: 'db' } }, { configMapRef: { name: 'cfg' } }],
    resources: { requests: { cpu: '100m', memory: '128Mi', 'ephemeral-storage': '1Gi' }, limits: { cpu: '1', memory: '256Mi' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 5, periodSeconds: 10 },
    readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5 },
    startupProbe: { exec: { command: ['cat', '/tmp/ready'] }, failureThreshold: 30 },
    volumeMounts: [
      { name: 'data', mountPath: '/data', readOnly: false },
      { name: 'secret', mountPath: '/secret', readOnly: true },
      { name: 'sock', mountPath: '/var/run/docker.sock' },
    ],
    securityContext: {
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      procMount: 'Default',
      capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
      seccompProfile: { type: 'RuntimeDefault' },
      appArmorProfile: { type: 'RuntimeDefault' },
      seLinuxOptions: { type: 'container_t', level: 's0:c123,c456' },
      windowsOptions: { hostProcess: false },
    },
  };
}

function podSpec(): Record<string, unknown> {
  return {
    serviceAccountName: 'app',
    automountServiceAccountToken: false,
    hostNetwork: false,
    hostPID: false,
    hostIPC: false,
    hostUsers: false,
    shareProcessNamespace: false,
    dnsPolicy: 'ClusterFirst',
    restartPolicy: 'Always',
    priorityClassName: 'high',
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    os: { name: 'linux' },
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 10001,
      fsGroup: 10001,
      supplementalGroups: [10001],
      seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' },
      sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
    },
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'web' } } } }],
      },
    },
    topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } }],
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }],
    imagePullSecrets: [{ name: 'pull' }],
    initContainers: [container('init')],
    containers: [container('app'), container('sidecar')],
    ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', targetContainerName: 'app' }],
    volumes: [
      { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
      { name: 'secret', secret: { secretName: 'db', defaultMode: 0o400 } },
      { name: 'cfg', configMap: { name: 'cfg' } },
      { name: 'sock', hostPath: { path: '/var/run/docker.sock', type: 'Socket' } },
      { name: 'proj', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }, { secret: { name: 'db' } }] } },
      { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
    ],
  };
}

const meta = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  namespace: 'team',
  labels: { app: 'web', 'app.kubernetes.io/name': 'web' },
  annotations: { 'example.com/owner': 'team-a' },
  ...extra,
});

const template = () => ({ metadata: { labels: { app: 'web' }, annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' } }, spec: podSpec() });
const selector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] };

/** One valid manifest per kind, returned fresh on every call (the caller mutates it). */
export function seedManifests(): Record<string, unknown>[] {
  return [
    { apiVersion: 'v1', kind: 'Pod', metadata: meta('pod'), spec: podSpec() },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('web'), spec: { replicas: 3, selector, strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: 1 } }, template: template() } },
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: meta('db'),
      spec: { replicas: 3, serviceName: 'db', selector, template: template(), volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] },
    },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: meta('agent'), spec: { selector, updateStrategy: { type: 'RollingUpdate' }, template: template() } },
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: meta('rs'), spec: { replicas: 2, selector, template: template() } },
    { apiVersion: 'v1', kind: 'ReplicationController', metadata: meta('rc'), spec: { replicas: 2, selector: { app: 'web' }, template: template() } },
    { apiVersion: 'batch/v1', kind: 'Job', metadata: meta('job'), spec: { backoffLimit: 3, ttlSecondsAfterFinished: 600, activeDeadlineSeconds: 600, template: { ...template(), spec: { ...podSpec(), restartPolicy: 'OnFailure' } } } },
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: meta('cron'),
      spec: {
        schedule: '*/5 * * * *',
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: 100,
        successfulJobsHistoryLimit: 3,
        jobTemplate: { spec: { ttlSecondsAfterFinished: 600, template: { ...template(), spec: { ...podSpec(), restartPolicy: 'Never' } } } },
      },
    },
    { apiVersion: 'v1', kind: 'PodTemplate', metadata: meta('tpl'), template: template() },
    {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Pod', metadata: meta('listed'), spec: podSpec() },
        { apiVersion: 'v1', kind: 'ServiceList', items: [{ apiVersion: 'v1', kind: 'Service', metadata: meta('nested'), spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } }] },
      ],
    },
    { apiVersion: 'v1', kind: 'Service', metadata: meta('web'), spec: { type: 'LoadBalancer', selector: { app: 'web' }, externalIPs: ['1.2.3.4'], loadBalancerSourceRanges: ['0.0.0.0/0'], ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }] } },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: meta('web', { annotations: { 'nginx.ingress.kubernetes.io/server-snippet': 'return 200;' } }),
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['web.example.com'], secretName: 'tls' }],
        defaultBackend: { service: { name: 'web', port: { number: 80 } } },
        rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } }] } }],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('web'),
      spec: {
        podSelector: { matchLabels: { app: 'web' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ podSelector: {} }, { namespaceSelector: { matchLabels: { team: 'a' } } }, { ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ port: 8080, protocol: 'TCP' }] }],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }], ports: [{ port: 53, protocol: 'UDP', endPort: 54 }] }],
      },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: meta('reader'),
      rules: [{ apiGroups: [''], resources: ['pods', 'secrets', 'pods/exec'], verbs: ['get', 'list', 'watch', 'create'], resourceNames: ['x'] }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'admin-ish' },
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { agg: 'true' } }] },
      rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['/metrics'], verbs: ['get'] }, { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['escalate', 'bind', 'impersonate'] }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta('reader'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'app', namespace: 'team' }, { kind: 'Group', name: 'system:authenticated', apiGroup: 'rbac.authorization.k8s.io' }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'admins' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'User', name: 'system:anonymous' }, { kind: 'ServiceAccount', name: 'default', namespace: 'kube-system' }],
    },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('app'), automountServiceAccountToken: true, secrets: [{ name: 'token' }] },
    { apiVersion: 'v1', kind: 'Secret', metadata: meta('db'), type: 'Opaque', data: { password: 'cGFzc3dvcmQ=' }, stringData: { user: 'admin' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('cfg'), data: { mode: 'prod', 'db-password': 'hunter2', 'tls.key': '-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----' }, binaryData: { blob: 'AAEC' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta('web'),
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 2, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }] },
    },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta('web'), spec: { minAvailable: '50%', maxUnavailable: 1, selector, unhealthyPodEvictionPolicy: 'AlwaysAllow' } },
    { apiVersion: 'v1', kind: 'LimitRange', metadata: meta('limits'), spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '256Mi' } }] } },
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: meta('quota'), spec: { hard: { 'requests.cpu': '10', pods: '20' } } },
    { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: meta('ro'), spec: { replicas: 2, selector, template: template() } },
  ];
}
