import { barePod } from '../../../src/rules/availability/bare-pod';
import { priorityClass } from '../../../src/rules/availability/priority-class';
import { rollingUpdateStrategy } from '../../../src/rules/availability/rolling-update-strategy';
import { cronJob, deployment, pod, runRule, safeContainer } from '../../support/manifests';

describe('bare-pod', () => {
  test('fails for a Pod without a controller owner', () => {
    const [f] = runRule(barePod, [pod({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/kind');
    expect(f.message).toContain('not managed by a controller');
  });

  test('passes for controller-owned Pods and for workloads', () => {
    const owned = pod({ containers: [safeContainer()] }, { name: 'p', ownerReferences: [{ kind: 'ReplicaSet', name: 'rs', controller: true }] });
    expect(runRule(barePod, [owned, deployment({ containers: [safeContainer()] })])).toEqual([]);
    const notController = pod({ containers: [safeContainer()] }, { name: 'p', ownerReferences: [{ kind: 'Thing', name: 't' }] });
    expect(runRule(barePod, [notController])).toHaveLength(1);
  });
});

describe('priority-class', () => {
  test('passes with a priorityClassName', () => {
    expect(runRule(priorityClass, [deployment({ priorityClassName: 'high', containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports a missing or blank one at info, in CronJob templates too', () => {
    const [f] = runRule(priorityClass, [cronJob({ priorityClassName: ' ', containers: [safeContainer()] })]);
    expect(f.severity).toBe('info');
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/priorityClassName');
    expect(f.message).toBe('the pod sets no priorityClassName');
  });
});

describe('rolling-update-strategy', () => {
  test('passes for the default and RollingUpdate', () => {
    const d = deployment({ containers: [safeContainer()] });
    expect(runRule(rollingUpdateStrategy, [d, { ...d, spec: { ...(d.spec as object), strategy: { type: 'RollingUpdate' } } }])).toEqual([]);
  });

  test('reports Recreate on Deployments and OnDelete on StatefulSets/DaemonSets', () => {
    const d = deployment({ containers: [safeContainer()] });
    const [f] = runRule(rollingUpdateStrategy, [{ ...d, spec: { ...(d.spec as object), strategy: { type: 'Recreate' } } }]);
    expect(f.path).toBe('/spec/strategy/type');
    expect(f.message).toBe('the Deployment uses the Recreate update strategy instead of RollingUpdate');
    const ds = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'x' }, spec: { updateStrategy: { type: 'OnDelete' } } };
    expect(runRule(rollingUpdateStrategy, [ds])[0].path).toBe('/spec/updateStrategy/type');
  });
});

describe('bare-pod and priority-class edge cases', () => {
  test('only core v1 Pods are bare pods; a custom resource of kind Pod is not', () => {
    const custom = { apiVersion: 'example.com/v1', kind: 'Pod', metadata: { name: 'p', namespace: 'team' }, spec: { containers: [safeContainer()] } };
    expect(runRule(barePod, [custom])).toEqual([]);
  });

  test('a pod template without priorityClassName is reported', () => {
    expect(runRule(priorityClass, [deployment({ containers: [safeContainer()] })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/template/spec', 'the pod sets no priorityClassName'],
    ]);
  });
});
