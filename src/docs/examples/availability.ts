import { container, deployment, deploymentWith, object, pdb, podWith } from './build';
import { RuleExamples } from './types';

const probe = (path: string, port: number | string = 8080) => ({ httpGet: { path, port } });
const jobPod = (spec: Record<string, unknown>) => ({ metadata: { labels: { app: 'report' } }, spec: { containers: [container({ name: 'report' })], ...spec } });
const job = (spec: Record<string, unknown>, podSpec: Record<string, unknown> = { restartPolicy: 'OnFailure' }) =>
  object('batch/v1', 'Job', 'report', { spec: { ...spec, template: jobPod(podSpec) } });
const cronJob = (spec: Record<string, unknown>) =>
  object('batch/v1', 'CronJob', 'report', { spec: { schedule: '0 3 * * *', ...spec, jobTemplate: { spec: { template: jobPod({ restartPolicy: 'OnFailure' }) } } } });
const hpa = (spec: Record<string, unknown>, target = 'web') =>
  object('autoscaling/v2', 'HorizontalPodAutoscaler', 'web', {
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target }, ...spec, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
  });
const statefulSet = (spec: Record<string, unknown>) =>
  object('apps/v1', 'StatefulSet', 'db', {
    spec: { replicas: 3, selector: { matchLabels: { app: 'db' } }, ...spec, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [container({ name: 'db' })] } } },
  });
const claim = (spec: Record<string, unknown>) => ({ metadata: { name: 'data' }, spec });
const spread = { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } }] };

export const AVAILABILITY_EXAMPLES: RuleExamples = {
  'liveness-probe': {
    fail: [deploymentWith({ readinessProbe: probe('/ready') })],
    pass: [deploymentWith({ readinessProbe: probe('/ready'), livenessProbe: probe('/healthz') })],
  },
  'readiness-probe': {
    fail: [deploymentWith({ livenessProbe: probe('/healthz') })],
    pass: [deploymentWith({ livenessProbe: probe('/healthz'), readinessProbe: probe('/ready') })],
  },
  'probe-port': {
    fail: [deploymentWith({ ports: [{ name: 'http', containerPort: 8080 }], readinessProbe: probe('/ready', 'htpp') })],
    pass: [deploymentWith({ ports: [{ name: 'http', containerPort: 8080 }], readinessProbe: probe('/ready', 'http') })],
  },
  'identical-probes': {
    fail: [deploymentWith({ livenessProbe: probe('/healthz'), readinessProbe: probe('/healthz') })],
    pass: [deploymentWith({ livenessProbe: probe('/healthz'), readinessProbe: probe('/ready') })],
  },
  'exec-probe-commands': {
    fail: [deploymentWith({ livenessProbe: { exec: { command: ['sh', '-c', 'ps aux | grep -q web-server'] } } })],
    pass: [deploymentWith({ livenessProbe: { exec: { command: ['/app/healthcheck', '--timeout=2s'] } } })],
  },
  'replicas': {
    fail: [deployment({ containers: [container()] }, { replicas: 1 })],
    pass: [deployment({ containers: [container()] }, { replicas: 3 })],
  },
  'replica-spreading': {
    fail: [deployment({ containers: [container()] }, { replicas: 3 })],
    pass: [deployment({ ...spread, containers: [container()] }, { replicas: 3 })],
  },
  'pdb-blocks-evictions': {
    fail: [pdb({ maxUnavailable: 0 })],
    pass: [pdb({ maxUnavailable: 1 })],
  },
  'pdb-unhealthy-pod-eviction-policy': {
    fail: [pdb({ maxUnavailable: 1 })],
    pass: [pdb({ maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' })],
  },
  'hpa-replicas': {
    fail: [hpa({ minReplicas: 1, maxReplicas: 5 })],
    pass: [hpa({ minReplicas: 2, maxReplicas: 5 })],
  },
  'priority-class': {
    fail: [deploymentWith({})],
    pass: [deploymentWith({}, { priorityClassName: 'business-critical' })],
  },
  'rolling-update-strategy': {
    fail: [deployment({ containers: [container()] }, { fields: { strategy: { type: 'Recreate' } } })],
    pass: [deployment({ containers: [container()] }, { fields: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } } } })],
  },
  'selector-matches-labels': {
    fail: [
      object('apps/v1', 'Deployment', 'web', {
        spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'webapp' } }, spec: { containers: [container()] } } },
      }),
    ],
    pass: [deploymentWith({})],
  },
  'bare-pod': {
    fail: [podWith({})],
    pass: [deploymentWith({})],
  },
  'job-ttl': {
    fail: [job({})],
    pass: [job({ ttlSecondsAfterFinished: 3600 })],
  },
  'job-restart-policy': {
    fail: [job({ ttlSecondsAfterFinished: 3600 }, {})],
    pass: [job({ ttlSecondsAfterFinished: 3600 }, { restartPolicy: 'OnFailure' })],
  },
  'cronjob-starting-deadline': {
    fail: [cronJob({ concurrencyPolicy: 'Forbid' })],
    pass: [cronJob({ concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 600 })],
  },
  'cronjob-concurrency-policy': {
    fail: [cronJob({ startingDeadlineSeconds: 600 })],
    pass: [cronJob({ startingDeadlineSeconds: 600, concurrencyPolicy: 'Forbid' })],
  },
  'statefulset-service-name': {
    fail: [statefulSet({})],
    pass: [statefulSet({ serviceName: 'db' })],
  },
  'volume-claim-templates': {
    fail: [statefulSet({ serviceName: 'db', volumeClaimTemplates: [claim({ accessModes: ['ReadWriteMany'] })] })],
    pass: [statefulSet({ serviceName: 'db', volumeClaimTemplates: [claim({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } })] })],
  },
  'duplicate-env-var': {
    fail: [deploymentWith({ env: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'LOG_LEVEL', value: 'debug' }] })],
    pass: [deploymentWith({ env: [{ name: 'LOG_LEVEL', value: 'info' }] })],
  },
  'host-network-dns-policy': {
    fail: [podWith({}, { hostNetwork: true })],
    pass: [podWith({}, { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' })],
  },
  'pdb-missing': {
    fail: [deployment({ containers: [container()] }, { replicas: 3 })],
    pass: [deployment({ containers: [container()] }, { replicas: 3 }), pdb({ maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' })],
  },
  'pdb-exceeds-replicas': {
    fail: [deployment({ containers: [container()] }, { replicas: 2 }), pdb({ minAvailable: 2 })],
    pass: [deployment({ containers: [container()] }, { replicas: 2 }), pdb({ minAvailable: 1 })],
  },
  'pdb-selects-nothing': {
    fail: [deployment({ containers: [container()] }), pdb({ maxUnavailable: 1 }, { app: 'wbe' })],
    pass: [deployment({ containers: [container()] }), pdb({ maxUnavailable: 1 }, { app: 'web' })],
  },
  'hpa-target': {
    fail: [deployment({ containers: [container()] }, { name: 'api', replicas: undefined }), hpa({ minReplicas: 2, maxReplicas: 5 }, 'web')],
    pass: [deployment({ containers: [container()] }, { replicas: undefined }), hpa({ minReplicas: 2, maxReplicas: 5 }, 'web')],
  },
};

