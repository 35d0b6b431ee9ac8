import { App, Cron, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Guardrails } from '../../src/cdk8s/guardrails';
import {
  EncryptedSecret,
  IsolatedNamespace,
  NetworkPeer,
  SecureCronJob,
  SecureDefaults,
  SecureDeployment,
} from '../../src/constructs';

/** Where the shop's database lives (outside the cluster, e.g. a managed PostgreSQL). */
const DATABASE_CIDR = '10.20.0.0/24';
const POSTGRES_PORT = 5432;

/** Image digests, written by the release pipeline next to the version tags (fictional images). */
const DIGESTS = {
  api: 'sha256:982d4486a936e2e63d7985287730247ad18514560524c8e0f7cc769dcea7dec8',
  web: 'sha256:f211d9c9e2083e10e2f567dad255114615ece2ddcb4e30d28e75b6ec823ea8f9',
  worker: 'sha256:bb43c09bb1ec7707a24fa64aab697bb489978b1237c728b252c0678b5269efa9',
};

/**
 * A small web shop: a web frontend, an API, a nightly worker, database credentials from an external
 * secret store, all in one isolated namespace. Checked by guardrails (recommended profile) at synth.
 */
export function buildSecureApp(outdir: string): App {
  const app = new App({ outdir });
  Guardrails.of(app).enforce({ profile: 'recommended', reports: { json: true, sarif: true } });

  // Company-wide defaults, set once. Images are pinned by digest (CI/Renovate bump tag and digest
  // together); only our own registry is allowed, and our nodes support user namespaces.
  SecureDefaults.of(app).set({
    allowedRegistries: ['ghcr.io/acme'],
    userNamespaces: true,
    labels: { 'app.kubernetes.io/part-of': 'shop' },
  });

  // Everything below lands in namespace "shop": PSA restricted (pinned), default deny, quota, limits.
  const shop = new IsolatedNamespace(app, 'shop', { name: 'shop' });

  // Database credentials come from Vault through the External Secrets Operator: no value in the YAML.
  const db = new EncryptedSecret(shop, 'db-credentials', {
    name: 'db-credentials',
    external: {
      storeName: 'vault-shop',
      data: [
        { secretKey: 'username', remoteKey: 'shop/postgres', property: 'username' },
        { secretKey: 'password', remoteKey: 'shop/postgres', property: 'password' },
      ],
      refreshInterval: '15m',
    },
  });

  const api = new SecureDeployment(shop, 'api', {
    name: 'api',
    replicas: 3,
    // Each image is built with its own high UID/GID (see its Dockerfile USER line).
    runAsUser: 10001,
    runAsGroup: 10001,
    containers: [
      {
        image: `ghcr.io/acme/shop-api:1.14.2@${DIGESTS.api}`,
        portNumber: 8080,
        readiness: kplus.Probe.fromHttpGet('/healthz/ready', { port: 8080 }),
        liveness: kplus.Probe.fromHttpGet('/healthz/live', { port: 8080 }),
        envVariables: { DB_HOST: kplus.EnvValue.fromValue('postgres.internal.acme.example'), DB_CREDENTIALS_DIR: kplus.EnvValue.fromValue('/run/secrets/db') },
        // Credentials as files, not env vars: env leaks into crash dumps and child processes.
        volumeMounts: [{ path: '/run/secrets/db', volume: db.volume(), readOnly: true }],
        scratch: ['/tmp'],
        resources: { memory: { limit: Size.mebibytes(512) } },
      },
    ],
  });
  api.allowTo(NetworkPeer.cidr(DATABASE_CIDR), POSTGRES_PORT);

  const web = new SecureDeployment(shop, 'web', {
    name: 'web',
    runAsUser: 10002,
    runAsGroup: 10002,
    containers: [
      {
        image: `ghcr.io/acme/shop-web:2.3.0@${DIGESTS.web}`,
        portNumber: 8080,
        readiness: kplus.Probe.fromHttpGet('/', { port: 8080 }),
        liveness: kplus.Probe.fromHttpGet('/healthz', { port: 8080 }),
        envVariables: { API_URL: kplus.EnvValue.fromValue('http://api.shop.svc:8080') },
        // nginx needs writable cache and pid directories; the root filesystem stays read-only.
        scratch: ['/tmp', '/var/cache/nginx', '/var/run'],
      },
    ],
  });
  // Only the ingress controller may reach the frontend, and the frontend may only reach the API.
  web.allowFrom(NetworkPeer.namespace('ingress-nginx'), 8080);
  web.allowTo(api);

  // Nightly cleanup, hardened like the deployments; it only talks to the database.
  const worker = new SecureCronJob(shop, 'cleanup', {
    name: 'cleanup',
    schedule: Cron.schedule({ minute: '30', hour: '3' }),
    timeZone: 'Etc/UTC',
    runAsUser: 10003,
    runAsGroup: 10003,
    containers: [
      {
        image: `ghcr.io/acme/shop-worker:1.14.2@${DIGESTS.worker}`,
        args: ['cleanup', '--older-than=30d'],
        volumeMounts: [{ path: '/run/secrets/db', volume: db.volume(), readOnly: true }],
        scratch: ['/tmp'],
      },
    ],
  });
  worker.allowTo(NetworkPeer.cidr(DATABASE_CIDR), POSTGRES_PORT);

  return app;
}
