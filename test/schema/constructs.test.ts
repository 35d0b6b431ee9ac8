import { App, Chart, Cron, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  EncryptedSecret,
  IsolatedNamespace,
  LeastPrivilegeServiceAccount,
  NetworkPeer,
  SecureCronJob,
  SecureDefaults,
  SecureDeployment,
} from '../../src/constructs';
import { fakeKubesealCiphertext } from '../constructs/support';
import { kubernetesSchemaVersion, schemaErrorLines, SchemaResult, synthAll, validateManifests } from './harness';

/**
 * Every object the secure constructs synthesize, with default and with typical props, must be
 * valid for the Kubernetes API (and SealedSecret/ExternalSecret/SecretProviderClass for their CRDs).
 * All scenarios are validated in one child process.
 */

const IMAGE = 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64);
const IMAGE2 = 'ghcr.io/acme/tools@sha256:' + 'b'.repeat(64);
const SEALED = { username: fakeKubesealCiphertext(1), password: fakeKubesealCiphertext(2) };
const EXCEPTION = { reason: 'reviewed by the platform team in SEC-1234', ruleIds: ['example-rule'] };

function chartApp(namespace = 'shop'): { app: App; chart: Chart } {
  const app = Testing.app();
  return { app, chart: new Chart(app, 'chart', { namespace }) };
}

const SCENARIOS: Record<string, () => App> = {
  'SecureDeployment, default props': () => {
    const { app, chart } = chartApp();
    new SecureDeployment(chart, 'web', { containers: [{ image: IMAGE, portNumber: 8080 }] });
    return app;
  },
  'SecureDeployment, no port, one replica (no Service, no PDB)': () => {
    const { app, chart } = chartApp();
    new SecureDeployment(chart, 'worker', {
      replicas: 1,
      containers: [{ image: IMAGE, liveness: kplus.Probe.fromCommand(['/bin/healthcheck']), readiness: kplus.Probe.fromCommand(['/bin/healthcheck', '--ready']) }],
    });
    return app;
  },
  'SecureDeployment, typical props (probes, env, scratch, init container, API token, policies)': () => {
    const { app, chart } = chartApp();
    const api = new SecureDeployment(chart, 'api', {
      name: 'api',
      replicas: 3,
      runAsUser: 10001,
      runAsGroup: 10001,
      fsGroup: 10001,
      seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/api.json' },
      userNamespaces: true,
      priorityClassName: 'business-critical',
      runtimeClassName: 'gvisor',
      labels: { 'app.kubernetes.io/part-of': 'shop' },
      maxUnavailable: 1,
      service: { port: 80, targetPort: 8080 },
      apiToken: { expirationSeconds: 3600, audience: 'vault' },
      initContainers: [{ image: IMAGE2, args: ['migrate', '--wait'] }],
      containers: [
        {
          name: 'api',
          image: IMAGE,
          portNumber: 8080,
          readiness: kplus.Probe.fromHttpGet('/healthz/ready', { port: 8080 }),
          liveness: kplus.Probe.fromHttpGet('/healthz/live', { port: 8080 }),
          startup: kplus.Probe.fromTcpSocket({ port: 8080 }),
          envVariables: { LOG_LEVEL: kplus.EnvValue.fromValue('info') },
          scratch: ['/tmp', '/var/cache/app'],
          scratchSizeLimit: Size.mebibytes(128),
          resources: { memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) }, cpu: { request: kplus.Cpu.millis(250) } },
        },
      ],
    });
    api.allowFrom(NetworkPeer.namespace('ingress-nginx'), 8080);
    api.allowFrom(NetworkPeer.pods({ app: 'prometheus' }, 'monitoring'), { port: 'metrics' });
    api.allowTo(NetworkPeer.cidr('10.20.0.0/24', ['10.20.0.1/32']), { port: 5432, protocol: 'TCP' });
    api.allowTo(NetworkPeer.pods({ app: 'cache' }), { port: 6379, endPort: 6380 });
    return app;
  },
  'SecureDeployment, LoadBalancer Service with a recorded exception': () => {
    const { app, chart } = chartApp();
    new SecureDeployment(chart, 'edge', { name: 'edge', containers: [{ image: IMAGE, portNumber: 8443 }], service: { type: 'LoadBalancer', port: 443, exception: EXCEPTION } });
    return app;
  },
  'SecureDeployment under SecureDefaults (company-wide settings)': () => {
    const { app, chart } = chartApp();
    SecureDefaults.of(app).set({
      allowedRegistries: ['ghcr.io/acme'],
      replicas: 3,
      cpuRequest: kplus.Cpu.millis(200),
      cpuLimit: kplus.Cpu.millis(1000),
      memoryLimit: Size.mebibytes(384),
      ephemeralStorageLimit: Size.gibibytes(4),
      runAsUser: 20000,
      runAsGroup: 20000,
      fsGroup: 20000,
      userNamespaces: true,
      labels: { team: 'payments' },
    });
    new SecureDeployment(chart, 'web', { containers: [{ image: 'ghcr.io/acme/web:1.2.3', portNumber: 8080 }] });
    return app;
  },
  'SecureCronJob, default props': () => {
    const { app, chart } = chartApp();
    new SecureCronJob(chart, 'cleanup', { schedule: Cron.daily(), containers: [{ image: IMAGE }] });
    return app;
  },
  'SecureCronJob, typical props': () => {
    const { app, chart } = chartApp();
    const job = new SecureCronJob(chart, 'report', {
      name: 'report',
      schedule: Cron.schedule({ minute: '30', hour: '3' }),
      timeZone: 'Etc/UTC',
      concurrencyPolicy: kplus.ConcurrencyPolicy.FORBID,
      startingDeadline: Duration.minutes(10),
      activeDeadline: Duration.hours(1),
      backoffLimit: 2,
      ttlAfterFinished: Duration.days(1),
      runAsUser: 10003,
      runAsGroup: 10003,
      containers: [{ image: IMAGE, args: ['report', '--since=24h'], scratch: ['/tmp'] }],
    });
    job.allowTo(NetworkPeer.cidr('10.20.0.0/24'), 5432);
    return app;
  },
  'LeastPrivilegeServiceAccount, default props': () => {
    const { app, chart } = chartApp();
    new LeastPrivilegeServiceAccount(chart, 'sa');
    return app;
  },
  'LeastPrivilegeServiceAccount, grants, ClusterRole binding in the namespace, cluster-wide grant with exception': () => {
    const { app, chart } = chartApp();
    const sa = new LeastPrivilegeServiceAccount(chart, 'sa', {
      name: 'reporter',
      labels: { team: 'ops' },
      grants: [{ verbs: ['get', 'list', 'watch'], resources: ['configmaps', 'deployments'], apiGroups: ['', 'apps'] }],
    });
    sa.grant({ verbs: ['patch'], resources: ['deployments/scale'], apiGroups: ['apps'], resourceNames: ['web'] });
    sa.grantReadConfigMaps('app-config');
    sa.bindClusterRoleInNamespace('view');
    sa.grantClusterWide({ verbs: ['get', 'list'], resources: ['nodes'] }, EXCEPTION);
    return app;
  },
  'IsolatedNamespace, default props': () => {
    const app = Testing.app();
    new IsolatedNamespace(app, 'shop', { name: 'shop' });
    return app;
  },
  'IsolatedNamespace, typical props and extra policies': () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', {
      name: 'shop',
      labels: { team: 'shop' },
      podSecurity: { level: 'restricted', version: 'v1.30' },
      dnsEgress: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
      resourceQuota: { 'requests.cpu': '4', 'requests.memory': '8Gi', 'limits.memory': '16Gi', 'pods': '40' },
      limitRange: { defaultRequest: { cpu: '100m', memory: '128Mi' }, defaultLimit: { memory: '256Mi' }, max: { memory: '2Gi' } },
    });
    const monitoring = new IsolatedNamespace(app, 'monitoring', { name: 'monitoring', dnsEgress: false, resourceQuota: false, limitRange: false });
    ns.allowFromNamespace(monitoring, 9090);
    ns.allowFromNamespace('ingress-nginx', { port: 8080, protocol: 'TCP' });
    ns.allowToCidr('10.0.0.0/8', [443], ['10.1.0.0/16']);
    return app;
  },
  'IsolatedNamespace, baseline Pod Security with a recorded exception': () => {
    const app = Testing.app();
    new IsolatedNamespace(app, 'legacy', { name: 'legacy', podSecurity: { level: 'baseline', exception: EXCEPTION } });
    return app;
  },
  'EncryptedSecret, sealed (default strict scope), mounted and granted': () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
    const secret = new EncryptedSecret(ns, 'db', { sealed: { encryptedData: SEALED } });
    const sa = new LeastPrivilegeServiceAccount(ns, 'sa', { name: 'api' });
    secret.grantRead(sa);
    new SecureDeployment(ns, 'api', {
      name: 'api',
      serviceAccount: sa,
      containers: [{ image: IMAGE, portNumber: 8080, volumeMounts: [{ path: '/run/secrets/db', volume: secret.volume(), readOnly: true }] }],
    });
    return app;
  },
  'EncryptedSecret, sealed cluster-wide TLS Secret used as env': () => {
    const { app, chart } = chartApp();
    const tls = new EncryptedSecret(chart, 'tls', {
      name: 'web-tls',
      labels: { team: 'edge' },
      sealed: { encryptedData: { 'tls.crt': fakeKubesealCiphertext(3), 'tls.key': fakeKubesealCiphertext(4) }, scope: 'cluster-wide', type: 'kubernetes.io/tls' },
    });
    new SecureDeployment(chart, 'web', { containers: [{ image: IMAGE, portNumber: 8443, envVariables: { TLS_KEY: tls.envValue('tls.key') } }] });
    return app;
  },
  'EncryptedSecret, External Secrets Operator (default and typical)': () => {
    const { app, chart } = chartApp();
    new EncryptedSecret(chart, 'plain', { external: { storeName: 'vault', data: [{ secretKey: 'token', remoteKey: 'shop/token' }] } });
    const db = new EncryptedSecret(chart, 'db', {
      name: 'db-credentials',
      external: {
        storeName: 'vault-cluster',
        storeKind: 'ClusterSecretStore',
        refreshInterval: '15m',
        data: [
          { secretKey: 'username', remoteKey: 'shop/postgres', property: 'username' },
          { secretKey: 'password', remoteKey: 'shop/postgres', property: 'password', version: '3' },
        ],
      },
    });
    new SecureDeployment(chart, 'api', { containers: [{ image: IMAGE, portNumber: 8080, envVariables: { DB_USER: db.envValue('username') }, volumeMounts: [{ path: '/run/secrets/db', volume: db.volume() }] }] });
    return app;
  },
  'EncryptedSecret, Secrets Store CSI Driver (mount only, and synced to a Secret)': () => {
    const { app, chart } = chartApp();
    const mounted = new EncryptedSecret(chart, 'certs', { name: 'certs', csi: { provider: 'vault', parameters: { roleName: 'shop', vaultAddress: 'https://vault.internal:8200' } } });
    const synced = new EncryptedSecret(chart, 'api-key', {
      name: 'api-key',
      csi: { provider: 'aws', parameters: { objects: '- objectName: "shop/api-key"\n  objectType: "secretsmanager"\n' }, syncToSecret: [{ objectName: 'shop/api-key', key: 'api-key' }] },
    });
    new SecureDeployment(chart, 'api', {
      containers: [
        {
          image: IMAGE,
          portNumber: 8080,
          envVariables: { API_KEY: synced.envValue('api-key') },
          volumeMounts: [
            { path: '/run/secrets/certs', volume: mounted.volume(), readOnly: true },
            { path: '/run/secrets/api', volume: synced.volume(), readOnly: true },
          ],
        },
      ],
    });
    return app;
  },
};

describe(`constructs synthesize manifests valid for Kubernetes ${kubernetesSchemaVersion()} and the CRD schemas`, () => {
  const names = Object.keys(SCENARIOS);
  const outputs: Record<string, unknown>[][] = [];
  const results: SchemaResult[][] = [];

  beforeAll(() => {
    for (const name of names) outputs.push(synthAll(SCENARIOS[name]()));
    const flat = validateManifests(outputs.flat()).results;
    let offset = 0;
    for (const out of outputs) {
      results.push(flat.slice(offset, offset + out.length));
      offset += out.length;
    }
  });

  test.each(names.map((name, i) => [name, i] as const))('%s', (_name, i) => {
    expect(outputs[i].length).toBeGreaterThan(0);
    expect(schemaErrorLines(results[i])).toEqual([]);
  });

  test('every kind the constructs emit was checked by a real schema', () => {
    const checked = new Map<string, string>();
    for (const r of results.flat()) checked.set(`${r.apiVersion} ${r.kind}`, r.validator);
    for (const [kind, validator] of checked) expect(`${kind}: ${validator}`).not.toMatch(/: none$/);
    // The CRDs are covered, not just the built-in kinds.
    expect([...checked.keys()]).toEqual(
      expect.arrayContaining([
        'apps/v1 Deployment',
        'batch/v1 CronJob',
        'v1 Namespace',
        'networking.k8s.io/v1 NetworkPolicy',
        'policy/v1 PodDisruptionBudget',
        'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
        'bitnami.com/v1alpha1 SealedSecret',
        'external-secrets.io/v1 ExternalSecret',
        'secrets-store.csi.x-k8s.io/v1 SecretProviderClass',
      ]),
    );
  });
});
