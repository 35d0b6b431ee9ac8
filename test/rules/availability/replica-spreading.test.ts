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
});
