import { deployment, safeContainer } from '../../support/manifests';

/** A Deployment whose pods carry `labels` (the selector matches them). */
export function app(name: string, labels: Record<string, string>, namespace: string | null = 'team', spec: Record<string, unknown> = {}, replicas = 2): Record<string, unknown> {
  const d = deployment({ containers: [safeContainer()], ...spec }, name, namespace ?? 'x') as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
  if (namespace === null) delete d.metadata.namespace;
  d.spec = { ...d.spec, replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [safeContainer()], ...spec } } };
  return d;
}

export function meta(name: string, namespace: string | null): Record<string, unknown> {
  return namespace === null ? { name } : { name, namespace };
}

export function netpol(name: string, spec: Record<string, unknown>, namespace: string | null = 'team'): Record<string, unknown> {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name, namespace), spec };
}

export function service(name: string, spec: Record<string, unknown>, namespace: string | null = 'team'): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata: meta(name, namespace), spec };
}

export function pdb(name: string, spec: Record<string, unknown>, namespace: string | null = 'team', apiVersion = 'policy/v1'): Record<string, unknown> {
  return { apiVersion, kind: 'PodDisruptionBudget', metadata: meta(name, namespace), spec };
}

export function hpa(name: string, target: string, spec: Record<string, unknown> = {}, namespace: string | null = 'team'): Record<string, unknown> {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta(name, namespace),
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target }, minReplicas: 2, maxReplicas: 5, ...spec },
  };
}

export function object(kind: string, name: string, namespace: string | null = 'team', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { apiVersion: 'v1', kind, metadata: meta(name, namespace), ...extra };
}

export const DENY_ALL = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };

/**
 * A custom kind that is also named `Pod` (API group example.com) and keeps a pod template under
 * `spec.template`: its own labels (`owner: platform`) differ from its pods' labels (`app: web`).
 */
export const WIDGET_POD = {
  apiVersion: 'example.com/v1',
  kind: 'Pod',
  metadata: { name: 'w', namespace: 'team', labels: { owner: 'platform' } },
  spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [safeContainer()] } } },
};

/** Where WIDGET_POD keeps its pod template. */
export const WIDGET_POD_LOCATIONS = [{ kind: 'Pod', apiVersion: 'example.com/v1', templatePath: '/spec/template' }];
