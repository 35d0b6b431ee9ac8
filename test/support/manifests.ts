import { Rule } from '../../src/engine/rule';
import { Finding, Manifest } from '../../src/engine/types';
import { evaluate } from '../../src/engine/evaluate';
import { resolveRule } from '../../src/profiles/profile';
import { parseKubernetesVersion } from '../../src/engine/version';

/** Runs a single rule over manifests at a Kubernetes version and returns its findings. */
export function runRule(rule: Rule, manifests: unknown[], options: { kubernetesVersion?: string; ruleOptions?: Record<string, unknown> } = {}): Finding[] {
  const profile = {
    name: 'test',
    kubernetesVersion: parseKubernetesVersion(options.kubernetesVersion ?? 'latest'),
    rules: [resolveRule(rule, { options: options.ruleOptions })],
  };
  return [...evaluate(manifests.map((manifest) => ({ manifest })), profile).findings];
}

/** A minimal container that passes the restricted profile. */
export function safeContainer(name = 'app', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    image: 'registry.example.com/app:1.2.3',
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    ...overrides,
  };
}

/** A Pod manifest around a pod spec. */
export function pod(spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'p', namespace: 'team' }): Manifest {
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

/** A Deployment manifest around a pod spec. */
export function deployment(spec: Record<string, unknown>, name = 'd', namespace = 'team'): Manifest {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec } },
  };
}

/** A CronJob manifest around a pod spec. */
export function cronJob(spec: Record<string, unknown>, name = 'cj', namespace = 'team'): Manifest {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, namespace },
    spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: { metadata: { labels: { app: name } }, spec } } } },
  };
}

/** Rule ids of findings, sorted, for compact assertions. */
export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId).sort();
}
