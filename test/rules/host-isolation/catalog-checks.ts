import * as fc from 'fast-check';
import { Rule } from '../../../src/engine/rule';
import { ALL_RULES } from '../../../src/rules';
import { runRule } from '../../support/manifests';

const TOOLS = new Set(['polaris', 'kube-linter', 'kube-score', 'kubesec', 'checkov', 'kyverno', 'trivy', 'kubescape']);

const POD_FIELDS = [
  'containers', 'initContainers', 'ephemeralContainers', 'volumes', 'securityContext', 'hostNetwork', 'hostAliases', 'hostUsers',
  'shareProcessNamespace', 'runtimeClassName', 'affinity', 'topologySpreadConstraints', 'priorityClassName', 'restartPolicy',
  'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'imagePullSecrets', 'dnsPolicy', 'os',
];
const CONTAINER_FIELDS = [
  'name', 'image', 'imagePullPolicy', 'securityContext', 'resources', 'env', 'envFrom', 'ports', 'volumeMounts',
  'livenessProbe', 'readinessProbe', 'startupProbe', 'restartPolicy',
];

/** Pod-shaped manifests with arbitrary values in the fields the rules read. */
const podLike = fc
  .record({
    kind: fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'CronJob', 'Job', 'ServiceAccount', 'Secret', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'Namespace'),
    spec: fc.dictionary(fc.constantFrom(...POD_FIELDS), fc.anything()),
    container: fc.dictionary(fc.constantFrom(...CONTAINER_FIELDS), fc.anything()),
    top: fc.dictionary(fc.constantFrom('replicas', 'selector', 'strategy', 'updateStrategy', 'volumeClaimTemplates', 'minAvailable', 'maxUnavailable', 'minReplicas', 'maxReplicas', 'scaleTargetRef'), fc.anything()),
  })
  .map(({ kind, spec, container, top }) => {
    const podSpec = { ...spec, containers: [container, ...(Array.isArray(spec.containers) ? spec.containers : [])] };
    const template = { metadata: { labels: { app: 'x' } }, spec: podSpec };
    const body =
      kind === 'Pod' ? podSpec :
      kind === 'CronJob' ? { ...top, jobTemplate: { spec: { template } } } :
      { ...top, template };
    return { apiVersion: 'v1', kind, metadata: { name: 'x', namespace: 'ns' }, spec: body, automountServiceAccountToken: spec.hostUsers, secrets: spec.volumes, type: 'kubernetes.io/service-account-token' };
  });

/** Shared checks for the metadata and robustness of a category's rules. */
export function checkCategory(rules: readonly Rule[], categories: readonly string[]): void {
  test('the category exports rules', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  test.each(rules.map((r) => [r.meta.id, r] as const))('%s has complete metadata', (id, rule) => {
    const meta = rule.meta;
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(ALL_RULES.filter((r) => r.meta.id === id)).toHaveLength(1);
    expect(categories).toContain(meta.category);
    expect(meta.title.length).toBeGreaterThan(5);
    expect(meta.description.length).toBeGreaterThan(40);
    expect(meta.remediation).toMatch(/\.$/);
    for (const tool of Object.keys(meta.equivalents ?? {})) expect(TOOLS).toContain(tool);
    for (const cis of meta.standards?.cis ?? []) expect(cis.benchmark).toBe('1.10');
    expect(rule.check ?? rule.checkAll).toBeDefined();
  });

  test('no rule fails on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(podLike, { minLength: 1, maxLength: 3 }), (manifests) => {
        for (const rule of rules) {
          const findings = runRule(rule, manifests);
          for (const f of findings) expect(f.message).not.toContain('failed while checking');
        }
      }),
      { numRuns: 150 },
    );
  });
}
