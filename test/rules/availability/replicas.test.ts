import { replicas } from '../../../src/rules/availability/replicas';
import { deployment, runRule, safeContainer } from '../../support/manifests';

const withReplicas = (count: unknown, name = 'web') => {
  const d = deployment({ containers: [safeContainer()] }, name);
  const spec = { ...(d.spec as Record<string, unknown>) };
  if (count === undefined) delete spec.replicas;
  else spec.replicas = count;
  return { ...d, spec };
};
const hpa = (target: string, namespace = 'team') => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'h', namespace },
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target }, minReplicas: 2, maxReplicas: 5 },
});

describe('replicas', () => {
  test('passes with 2 or more replicas', () => {
    expect(runRule(replicas, [withReplicas(2)])).toEqual([]);
  });

  test('fails for 1 replica and for the default', () => {
    const [f] = runRule(replicas, [withReplicas(1)]);
    expect(f.path).toBe('/spec/replicas');
    expect(f.message).toBe('the Deployment runs 1 replica; at least 2 keep it available during disruptions');
    expect(runRule(replicas, [withReplicas(undefined)])[0].message).toContain('does not set spec.replicas (default 1)');
  });

  test('a workload scaled by an HPA in the same namespace is skipped', () => {
    expect(runRule(replicas, [withReplicas(undefined), hpa('web')])).toEqual([]);
    expect(runRule(replicas, [withReplicas(undefined), hpa('other')])).toHaveLength(1);
    expect(runRule(replicas, [withReplicas(undefined), hpa('web', 'elsewhere')])).toHaveLength(1);
  });

  test('only a HorizontalPodAutoscaler exempts its target, not another kind with a scaleTargetRef', () => {
    const scaler = { ...hpa('web'), apiVersion: 'example.com/v1', kind: 'Scaler' };
    expect(runRule(replicas, [withReplicas(1), scaler]).map((f) => f.message)).toEqual(['the Deployment runs 1 replica; at least 2 keep it available during disruptions']);
  });

  test('counts other than one are written in the plural', () => {
    expect(runRule(replicas, [withReplicas(0)]).map((f) => f.message)).toEqual(['the Deployment runs 0 replicas; at least 2 keep it available during disruptions']);
    expect(runRule(replicas, [withReplicas(2)], { ruleOptions: { minReplicas: 3 } }).map((f) => f.message)).toEqual([
      'the Deployment runs 2 replicas; at least 3 keep it available during disruptions',
    ]);
  });

  test('minReplicas option, wrong types and non-replicated kinds', () => {
    expect(runRule(replicas, [withReplicas(2)], { ruleOptions: { minReplicas: 3 } })).toHaveLength(1);
    const [notANumber] = runRule(replicas, [withReplicas('two')]);
    expect(notANumber.message).toBe('spec.replicas is "two", not a number');
    expect(notANumber.path).toBe('/spec/replicas');
    expect(runRule(replicas, [{ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: {} }])).toEqual([]);
  });
});

describe('replicas messages', () => {
  test('an unset or null spec.replicas is reported as the default', () => {
    expect(runRule(replicas, [withReplicas(undefined)]).map((f) => f.message)).toEqual(['the Deployment does not set spec.replicas (default 1); at least 2 keep it available during disruptions']);
    expect(runRule(replicas, [withReplicas(null)]).map((f) => f.message)).toEqual(['the Deployment does not set spec.replicas (default 1); at least 2 keep it available during disruptions']);
  });
});

describe('replicas: which HPA exempts which workload', () => {
  const messages = (manifests: unknown[]): string[] => runRule(replicas, manifests).map((f) => f.message);
  /** The manifest with `metadata.namespace` replaced, or removed when `namespace` is undefined. */
  const inNamespace = (manifest: Record<string, unknown>, namespace: string | undefined): Record<string, unknown> => {
    const metadata = { ...(manifest.metadata as Record<string, unknown>), namespace };
    if (namespace === undefined) delete metadata.namespace;
    return { ...manifest, metadata };
  };

  test('an empty metadata.namespace is the same unspecified namespace as none, on either side', () => {
    expect(messages([inNamespace(withReplicas(1), undefined), inNamespace(hpa('web'), '')])).toEqual([]);
    expect(messages([inNamespace(withReplicas(1), ''), inNamespace(hpa('web'), undefined)])).toEqual([]);
  });

  test('an HPA without a target name or kind exempts no workload, not even a nameless one', () => {
    const nameless = { ...withReplicas(1), metadata: { namespace: 'team' } };
    const emptyName = { ...withReplicas(1), metadata: { name: '', namespace: 'team' } };
    const noTargetName = { ...hpa('web'), spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment' }, minReplicas: 2, maxReplicas: 5 } };
    const emptyTargetName = { ...hpa('web'), spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: '' }, minReplicas: 2, maxReplicas: 5 } };
    const noTargetKind = { ...hpa('web'), spec: { scaleTargetRef: { name: 'web' }, minReplicas: 2, maxReplicas: 5 } };
    const reported = ['the Deployment runs 1 replica; at least 2 keep it available during disruptions'];
    expect(messages([nameless, noTargetName])).toEqual(reported);
    expect(messages([emptyName, emptyTargetName])).toEqual(reported);
    expect(messages([withReplicas(1), noTargetKind])).toEqual(reported);
  });
});
