import { Rule } from '../../../src/engine/rule';
import { Finding, Manifest } from '../../../src/engine/types';
import { cronJob, deployment, pod, runRule } from '../../support/manifests';

export type Spec = Record<string, unknown>;

/** A container with nothing set but name and image. */
export function bare(name = 'app', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, image: 'registry.example.com/app:1.0', ...extra };
}

/** A container with the given securityContext. */
export function withSc(name: string, securityContext: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return bare(name, { securityContext, ...extra });
}

/** Findings of one rule on a Pod with `spec` (and optional pod metadata) at `version`. */
export function check(rule: Rule, spec: Spec, version = 'latest', metadata?: Record<string, unknown>): Finding[] {
  return runRule(rule, [pod(spec, { name: 'p', namespace: 'team', ...(metadata ?? {}) })], { kubernetesVersion: version });
}

/** JSON pointers of findings, sorted. */
export function paths(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.path).sort();
}

/** A Deployment whose pod template carries `metadata` (e.g. legacy annotations). */
export function deploymentWithTemplateMetadata(spec: Spec, metadata: Record<string, unknown>): Manifest {
  const d = deployment(spec);
  const template = (d.spec as { template: { metadata: Record<string, unknown> } }).template;
  template.metadata = { ...template.metadata, ...metadata };
  return d;
}

/** Finding paths of a rule for the same pod spec as a Pod, a Deployment and a CronJob, relative to the pod spec. */
export function acrossWorkloads(rule: Rule, spec: Spec, version = 'latest'): Record<string, string[]> {
  const run = (m: Manifest, prefix: string) =>
    runRule(rule, [m], { kubernetesVersion: version })
      .map((f) => f.path.replace(prefix, ''))
      .sort();
  return {
    Pod: run(pod(spec), '/spec'),
    Deployment: run(deployment(spec), '/spec/template/spec'),
    CronJob: run(cronJob(spec), '/spec/jobTemplate/spec/template/spec'),
  };
}
