import * as fc from 'fast-check';
import { analyzeAll, evaluateObjects } from '../../src/engine/evaluate';
import { Rule } from '../../src/engine/rule';
import { Finding, SEVERITY_ORDER } from '../../src/engine/types';
import { parseKubernetesVersion } from '../../src/engine/version';
import { ResolvedProfile, resolveRule } from '../../src/profiles/profile';
import { ALL_RULES } from '../../src/rules';

/**
 * `appliesTo` is only an optimization: a rule must report nothing on the objects it excludes, and
 * an evaluation must give the same report with and without the declarations.
 */

const KINDS = [
  'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate',
  'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy', 'Rollout', 'Namespace',
];

const container = fc.record(
  {
    name: fc.constantFrom('app', 'side'),
    image: fc.constantFrom('nginx', 'registry.example.com/web:1.0', 'x@sha256:' + 'a'.repeat(64)),
    ports: fc.constantFrom([{ containerPort: 8080, name: 'http' }], [{ containerPort: 22 }]),
    securityContext: fc.constantFrom({ privileged: true, capabilities: { add: ['SYS_ADMIN', 'NET_RAW'] } }, { runAsUser: 0, runAsGroup: 0 }, {}),
    livenessProbe: fc.constantFrom({ exec: { command: ['ps'] } }, { httpGet: { port: 'web' } }),
    readinessProbe: fc.constantFrom({ tcpSocket: { port: 9090 } }),
    resources: fc.constantFrom({ limits: { cpu: '0', memory: 'lots' } }, { requests: { cpu: '1' } }),
    env: fc.constantFrom([{ name: 'A', value: '1' }, { name: 'A', value: '2' }], [{ name: 'PASSWORD', value: 'hunter2' }]),
    volumeMounts: fc.constantFrom([{ name: 'host', mountPath: '/h', subPath: 'x' }]),
  },
  { requiredKeys: ['name'] },
);

const podSpec = fc.record(
  {
    containers: fc.array(container, { maxLength: 2 }),
    initContainers: fc.array(container, { maxLength: 1 }),
    hostNetwork: fc.constantFrom(true, 'true'),
    hostPID: fc.constant(true),
    volumes: fc.constantFrom([{ name: 'host', hostPath: { path: '/var/run/docker.sock' } }, { name: 'tmp', emptyDir: { medium: 'Memory' } }]),
    restartPolicy: fc.constantFrom('Always', 'Never'),
    serviceAccount: fc.constant('legacy'),
    shareProcessNamespace: fc.constant(true),
    hostAliases: fc.constant([{ ip: '1.2.3.4', hostnames: ['x'] }]),
    securityContext: fc.constantFrom({ sysctls: [{ name: 'kernel.x', value: '1' }] }, { runAsNonRoot: false }),
  },
  { requiredKeys: [] },
);

const manifest = fc.record({
  kind: fc.constantFrom(...KINDS),
  apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'policy/v1', 'autoscaling/v2', 'networking.k8s.io/v1', 'argoproj.io/v1alpha1'),
  metadata: fc.record({ name: fc.constantFrom('a', 'b', 'default'), namespace: fc.constantFrom('team', 'default') }, { requiredKeys: [] }),
  // Pod-shaped fields at every place a kind keeps them, whatever the kind.
  spec: fc.record(
    {
      containers: fc.array(container, { maxLength: 1 }),
      template: fc.record({ metadata: fc.constant({ labels: { app: 'a' } }), spec: podSpec }),
      jobTemplate: fc.record({ spec: fc.record({ template: fc.record({ spec: podSpec }) }) }),
      replicas: fc.constantFrom(1, 3),
      selector: fc.constantFrom({ matchLabels: { app: 'b' } }, { app: 'a' }, {}),
      strategy: fc.constant({ type: 'Recreate' }),
      updateStrategy: fc.constant({ type: 'OnDelete' }),
      maxUnavailable: fc.constant(0),
      minReplicas: fc.constant(1),
      concurrencyPolicy: fc.constant('Allow'),
      type: fc.constantFrom('NodePort', 'LoadBalancer'),
    },
    { requiredKeys: [] },
  ),
  template: fc.record({ spec: podSpec }),
  automountServiceAccountToken: fc.constant(true),
  secrets: fc.constant([{ name: 's' }]),
  type: fc.constant('kubernetes.io/service-account-token'),
  data: fc.constant({ password: 'aHVudGVyMg==' }),
}, { requiredKeys: ['kind', 'apiVersion'] });

const version = parseKubernetesVersion('latest');
const declared = ALL_RULES.filter((r) => r.appliesTo !== undefined && r.check !== undefined);
const withoutDeclaration = (rule: Rule): Rule => ({ meta: rule.meta, ...(rule.check ? { check: rule.check } : {}), ...(rule.checkAll ? { checkAll: rule.checkAll } : {}) });
const profileOf = (rules: readonly Rule[]): ResolvedProfile => ({ name: 'all', kubernetesVersion: version, rules: rules.map((r) => resolveRule(r)) });

function oldCompare(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.documentIndex ?? 0) - (b.documentIndex ?? 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

describe('rule applicability', () => {
  test('the catalog declares applicability for most single-object rules', () => {
    expect(declared.length).toBeGreaterThan(60);
  });

  test('a rule reports nothing on the objects its appliesTo excludes', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const [object] = analyzeAll([{ manifest: m }]);
        for (const rule of declared) {
          const a = rule.appliesTo!;
          const applies = (!a.podSpecs || object.podSpecs.length > 0) && (!a.kinds || a.kinds.includes(object.kind));
          if (applies) continue;
          for (const v of [version, parseKubernetesVersion('v1.20')]) {
            expect({ rule: rule.meta.id, violations: rule.check!(object, { kubernetesVersion: v, options: rule.meta.defaultOptions ?? {} }) }).toEqual({ rule: rule.meta.id, violations: [] });
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('an evaluation gives the same report with and without the declarations, sorted as before', () => {
    fc.assert(
      fc.property(fc.array(manifest, { minLength: 1, maxLength: 8 }), (manifests) => {
        const inputs = manifests.map((m, i) => ({ manifest: m, provenance: { file: i % 2 ? 'b.yaml' : 'a.yaml', documentIndex: i } }));
        const objects = analyzeAll(inputs);
        const now = new Date('2026-01-01');
        const fast = evaluateObjects(objects, profileOf(ALL_RULES), { now });
        const plain = evaluateObjects(objects, profileOf(ALL_RULES.map(withoutDeclaration)), { now });
        expect(fast).toEqual(plain);
        expect(fast.findings.length).toBeGreaterThan(0);
        for (let i = 1; i < fast.findings.length; i++) expect(oldCompare(fast.findings[i - 1], fast.findings[i])).toBeLessThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
