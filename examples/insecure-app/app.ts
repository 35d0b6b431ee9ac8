import { ApiObject, App, Chart } from 'cdk8s';
import { Guardrails } from '../../src/cdk8s/guardrails';

/**
 * An app with the mistakes guardrails exist to catch, written with plain ApiObjects (the secure
 * constructs refuse every one of them at construction time). Synthesizing it fails with a
 * GuardrailsError that lists each finding.
 */
export function buildInsecureApp(outdir: string): App {
  const app = new App({ outdir });
  Guardrails.of(app).enforce({ profile: 'recommended', reports: { json: true, sarif: true }, warn: () => undefined });

  // No namespace: everything lands in "default".
  const chart = new Chart(app, 'legacy');

  new ApiObject(chart, 'web', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          hostNetwork: true,
          containers: [
            {
              name: 'web',
              image: 'nginx:latest',
              ports: [{ containerPort: 80, hostPort: 80 }],
              securityContext: { privileged: true, runAsUser: 0, allowPrivilegeEscalation: true, capabilities: { add: ['SYS_ADMIN'] } },
              env: [{ name: 'DB_PASSWORD', value: 'hunter2-prod' }],
              volumeMounts: [{ name: 'docker', mountPath: '/var/run/docker.sock' }],
            },
          ],
          volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }],
        },
      },
    },
  });

  new ApiObject(chart, 'web-service', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ port: 80 }] },
  });

  // A plaintext Secret in the synthesized YAML (and so in git).
  new ApiObject(chart, 'db', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db' },
    stringData: { password: 'hunter2-prod' },
  });

  // The default ServiceAccount made cluster admin.
  new ApiObject(chart, 'admin', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'web-admin' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }],
  });

  new ApiObject(chart, 'everything', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'everything' },
    rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }],
  });

  return app;
}
