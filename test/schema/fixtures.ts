/** Small valid manifests the harness tests mutate into invalid ones. */

const IMAGE = 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64);

export function deployment(): Record<string, any> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'web',
              image: IMAGE,
              imagePullPolicy: 'IfNotPresent',
              ports: [{ containerPort: 8080, protocol: 'TCP' }],
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '256Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
            },
          ],
        },
      },
    },
  };
}

export function service(): Record<string, any> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { type: 'ClusterIP', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
  };
}

export function roleBinding(): Record<string, any> {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'web', namespace: 'shop' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'web' },
    subjects: [{ kind: 'ServiceAccount', name: 'web', namespace: 'shop' }],
  };
}

export function podDisruptionBudget(): Record<string, any> {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { maxUnavailable: '25%', selector: { matchLabels: { app: 'web' } } },
  };
}

export function sealedSecret(): Record<string, any> {
  return {
    apiVersion: 'bitnami.com/v1alpha1',
    kind: 'SealedSecret',
    metadata: { name: 'db', namespace: 'shop' },
    spec: {
      encryptedData: { password: 'AgBy3i4OJSWK+PiTySYZZA==' },
      template: { metadata: { name: 'db', namespace: 'shop', labels: { app: 'web' } }, type: 'Opaque' },
    },
  };
}

export function externalSecret(): Record<string, any> {
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: 'db', namespace: 'shop' },
    spec: {
      refreshInterval: '1h',
      secretStoreRef: { name: 'vault', kind: 'SecretStore' },
      target: { name: 'db', creationPolicy: 'Owner' },
      data: [{ secretKey: 'password', remoteRef: { key: 'shop/db', property: 'password' } }],
    },
  };
}

export function secretProviderClass(): Record<string, any> {
  return {
    apiVersion: 'secrets-store.csi.x-k8s.io/v1',
    kind: 'SecretProviderClass',
    metadata: { name: 'db', namespace: 'shop' },
    spec: {
      provider: 'vault',
      parameters: { roleName: 'shop', objects: '- objectName: password\n  secretPath: secret/data/db\n  secretKey: password\n' },
      secretObjects: [{ secretName: 'db', type: 'Opaque', data: [{ objectName: 'password', key: 'password' }] }],
    },
  };
}

/** A deep copy of `base` changed by `edit`. */
export function mutate(base: Record<string, any>, edit: (m: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}
