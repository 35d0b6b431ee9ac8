// Small builders so each example states only what its rule is about.
import { Manifest } from '../../engine/types';

type Fields = Record<string, unknown>;

export const NAMESPACE = 'shop';
export const IMAGE = 'registry.example.com/shop/web:1.4.2';

/** The `web` container with extra fields. */
export function container(fields: Fields = {}): Fields {
  return { name: 'web', image: IMAGE, ...fields };
}

/** A Pod in the `shop` namespace. */
export function pod(spec: Fields, name = 'web'): Manifest {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: NAMESPACE }, spec };
}

/** A Pod with one `web` container carrying `fields`. */
export function podWith(fields: Fields, spec: Fields = {}): Manifest {
  return pod({ ...spec, containers: [container(fields)] });
}

/** A Deployment of pods labelled `app: <name>`. `replicas: undefined` leaves the field out. */
export function deployment(spec: Fields, options: { name?: string; replicas?: number | undefined; fields?: Fields } = {}): Manifest {
  const name = options.name ?? 'web';
  const replicas = 'replicas' in options ? options.replicas : 2;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NAMESPACE },
    spec: {
      ...(replicas === undefined ? {} : { replicas }),
      selector: { matchLabels: { app: name } },
      ...options.fields,
      template: { metadata: { labels: { app: name } }, spec },
    },
  };
}

/** A Deployment with one `web` container carrying `fields`. */
export function deploymentWith(fields: Fields, spec: Fields = {}): Manifest {
  return deployment({ ...spec, containers: [container(fields)] });
}

/** A namespaced or cluster-wide object of any kind. */
export function object(apiVersion: string, kind: string, name: string, body: Fields, namespace: string | undefined = NAMESPACE): Manifest {
  return { apiVersion, kind, metadata: namespace === undefined ? { name } : { name, namespace }, ...body };
}

/** A Role in `shop` with the given rules. */
export function role(name: string, rules: Fields[]): Manifest {
  return object('rbac.authorization.k8s.io/v1', 'Role', name, { rules });
}

/** A ClusterRole with the given rules. */
export function clusterRole(name: string, rules: Fields[]): Manifest {
  return object('rbac.authorization.k8s.io/v1', 'ClusterRole', name, { rules }, undefined);
}

/** A Service `web` in `shop` selecting `app: web`. */
export function service(spec: Fields = {}, selector: Fields = { app: 'web' }): Manifest {
  return object('v1', 'Service', 'web', { spec: { selector, ports: [{ name: 'http', port: 80, targetPort: 8080 }], ...spec } });
}

/** An Ingress `web` in `shop`. */
export function ingress(spec: Fields, name = 'web', annotations?: Fields): Manifest {
  const metadata = annotations ? { name, namespace: NAMESPACE, annotations } : { name, namespace: NAMESPACE };
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata, spec };
}

/** An Ingress rule for `host` sending `path` to Service `web` port 80. */
export function ingressRule(host: string | undefined, path = '/'): Fields {
  const http = { paths: [{ path, pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] };
  return host === undefined ? { http } : { host, http };
}

/** A PodDisruptionBudget in `shop`. */
export function pdb(spec: Fields, selector: Fields = { app: 'web' }): Manifest {
  return object('policy/v1', 'PodDisruptionBudget', 'web', { spec: { ...spec, selector: { matchLabels: selector } } });
}
