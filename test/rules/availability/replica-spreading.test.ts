import { replicaSpreading } from '../../../src/rules/availability/replica-spreading';
import { deployment, runRule, safeContainer } from '../../support/manifests';

const SELF = { matchLabels: { app: 'd' } };
const withSpec = (extra: Record<string, unknown>, replicas = 2) => {
  const d = deployment({ containers: [safeContainer()], ...extra });
  return { ...d, spec: { ...(d.spec as Record<string, unknown>), replicas } };
};

describe('replica-spreading', () => {
  test('passes with a matching topology spread constraint', () => {
    expect(runRule(replicaSpreading, [withSpec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: SELF }] })])).toEqual([]);
  });

  test('passes with a preferred or required anti-affinity term selecting its own pods', () => {
    const preferred = { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: SELF } }] } };
    expect(runRule(replicaSpreading, [withSpec({ affinity: preferred })])).toEqual([]);
    const required = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'topology.kubernetes.io/zone', labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['d'] }] } }] } };
    expect(runRule(replicaSpreading, [withSpec({ affinity: required })])).toEqual([]);
  });

  test('fails without either', () => {
    const [f] = runRule(replicaSpreading, [withSpec({})]);
    expect(f.path).toBe('/spec/template/spec');
    expect(f.message).toBe('the Deployment runs 2 replicas but it has neither podAntiAffinity nor topologySpreadConstraints');
  });

  test('fails when the selector does not match the pod labels, naming the mismatch', () => {
    const [f] = runRule(replicaSpreading, [withSpec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'other' } } }] })]);
    expect(f.path).toBe('/spec/template/spec/topologySpreadConstraints/0/labelSelector');
    expect(f.message).toContain('does not select the pod\'s own labels (matchLabels app=other');
    expect(runRule(replicaSpreading, [withSpec({ topologySpreadConstraints: [{ maxSkew: 1, labelSelector: SELF }] })])[0].message).toContain('no topologyKey');
  });

  test('single-replica workloads are skipped unless an HPA scales them', () => {
    expect(runRule(replicaSpreading, [withSpec({}, 1)])).toEqual([]);
    const hpa = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h', namespace: 'team' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'd' }, maxReplicas: 4 } };
    expect(runRule(replicaSpreading, [withSpec({}, 1), hpa])[0].message).toContain('runs 4 replicas');
  });

  test('names the exact anti-affinity term that has no topologyKey', () => {
    const required = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: '  ', labelSelector: SELF }] } };
    expect(runRule(replicaSpreading, [withSpec({ affinity: required })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0', 'the Deployment runs 2 replicas but its podAntiAffinity term has no topologyKey'],
    ]);
    const preferred = { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: { labelSelector: SELF } }] } };
    expect(runRule(replicaSpreading, [withSpec({ affinity: preferred })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm', 'the Deployment runs 2 replicas but its podAntiAffinity term has no topologyKey'],
    ]);
  });

  test('fails when a term has no labelSelector, reporting the first problem only', () => {
    const findings = runRule(replicaSpreading, [withSpec({ topologySpreadConstraints: [
      { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' },
      { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'other' } } },
    ] })]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/template/spec/topologySpreadConstraints/0', 'the Deployment runs 2 replicas but its topologySpreadConstraint has no labelSelector, so it does not refer to its own pods'],
    ]);
    expect(runRule(replicaSpreading, [withSpec({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', labelSelector: {} }] })]).map((f) => f.message)).toEqual([
      'the Deployment runs 2 replicas but its topologySpreadConstraint has no labelSelector, so it does not refer to its own pods',
    ]);
  });

  test('an affinity without podAntiAffinity does not spread', () => {
    const nodeOnly = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'pool', operator: 'In', values: ['a'] }] }] } } };
    expect(runRule(replicaSpreading, [withSpec({ affinity: nodeOnly })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/template/spec', 'the Deployment runs 2 replicas but it has neither podAntiAffinity nor topologySpreadConstraints'],
    ]);
  });

  test('an HPA counts only for the workload it targets', () => {
    const hpaFor = (kind: string, name: string) => ({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h', namespace: 'team' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind, name }, maxReplicas: 4 } });
    expect(runRule(replicaSpreading, [withSpec({}, 1), hpaFor('Deployment', 'other')])).toEqual([]);
    expect(runRule(replicaSpreading, [withSpec({}, 1), hpaFor('StatefulSet', 'd')])).toEqual([]);
  });

  test('pods outside replicated workloads are not checked, even when an HPA targets them', () => {
    const bare = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'd', namespace: 'team' }, spec: { containers: [safeContainer()] } };
    const hpa = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h', namespace: 'team' }, spec: { scaleTargetRef: { kind: 'Pod', name: 'd' }, maxReplicas: 4 } };
    expect(runRule(replicaSpreading, [bare, hpa])).toEqual([]);
  });
});
