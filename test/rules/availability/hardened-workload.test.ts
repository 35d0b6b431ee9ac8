import { evaluate } from '../../../src/engine/evaluate';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { resolveRule } from '../../../src/profiles/profile';
import { AVAILABILITY_RULES } from '../../../src/rules/availability';
import { CAPABILITIES_RULES } from '../../../src/rules/capabilities';
import { HOST_ISOLATION_RULES } from '../../../src/rules/host-isolation';
import { IDENTITY_RULES } from '../../../src/rules/identity';
import { IMAGES_RULES } from '../../../src/rules/images';
import { RESOURCES_RULES } from '../../../src/rules/resources';
import { SERVICE_ACCOUNTS_RULES } from '../../../src/rules/service-accounts';

const RULES = [
  ...HOST_ISOLATION_RULES,
  ...CAPABILITIES_RULES,
  ...IDENTITY_RULES,
  ...IMAGES_RULES,
  ...RESOURCES_RULES,
  ...AVAILABILITY_RULES,
  ...SERVICE_ACCOUNTS_RULES,
];

const IMAGE = 'registry.example.com/web:1.4.2@sha256:' + 'b'.repeat(64);
const LABELS = { app: 'web' };

/** A workload written to satisfy every workload-level rule at once: the rules must not contradict each other. */
const hardened = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
  { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'shop' }, spec: { hard: { 'requests.cpu': '4' } } },
  { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: 'shop' }, spec: { limits: [] } },
  { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web', namespace: 'shop' }, automountServiceAccountToken: false },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      replicas: 3,
      selector: { matchLabels: LABELS },
      template: {
        metadata: { labels: LABELS },
        spec: {
          serviceAccountName: 'web',
          automountServiceAccountToken: false,
          hostUsers: false,
          runtimeClassName: 'gvisor',
          priorityClassName: 'standard',
          securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: LABELS } }],
          volumes: [
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
            { name: 'db-password', secret: { secretName: 'db' } },
          ],
          containers: [
            {
              name: 'web',
              image: IMAGE,
              imagePullPolicy: 'Always',
              ports: [{ name: 'http', containerPort: 8080 }],
              env: [{ name: 'DB_PASSWORD_FILE', value: '/var/run/secrets/db/password' }],
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              resources: {
                requests: { 'cpu': '100m', 'memory': '256Mi', 'ephemeral-storage': '1Gi' },
                limits: { 'cpu': '1', 'memory': '256Mi', 'ephemeral-storage': '1Gi' },
              },
              livenessProbe: { httpGet: { path: '/livez', port: 'http' } },
              readinessProbe: { httpGet: { path: '/readyz', port: 'http' } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: 'db-password', mountPath: '/var/run/secrets/db', readOnly: true }],
            },
          ],
        },
      },
    },
  },
];

describe('the workload-level rules together', () => {
  test('a hardened workload passes every one of them', () => {
    const profile = { name: 't', kubernetesVersion: parseKubernetesVersion('latest'), rules: RULES.map((r) => resolveRule(r, { options: r.meta.id === 'allowed-registries' ? { allowedRegistries: ['registry.example.com'] } : {} })) };
    const report = evaluate(hardened.map((manifest) => ({ manifest })), profile);
    expect(report.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  test('dropping the hardening makes many of them fire', () => {
    const bare = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const profile = { name: 't', kubernetesVersion: parseKubernetesVersion('latest'), rules: RULES.map((r) => resolveRule(r)) };
    const ids = new Set(evaluate([{ manifest: bare }], profile).findings.map((f) => f.ruleId));
    for (const id of ['drop-net-raw', 'read-only-root-filesystem', 'security-context', 'image-digest', 'cpu-requests', 'memory-limits', 'liveness-probe', 'bare-pod', 'automount-service-account-token', 'default-service-account']) {
      expect(ids).toContain(id);
    }
  });
});
