import { kubeSystemNamespace } from '../../../src/rules/metadata/kube-system-namespace';
import { deployment, runRule, safeContainer } from '../../support/manifests';

describe('kube-system-namespace', () => {
  test('reports workloads in system namespaces', () => {
    const findings = runRule(kubeSystemNamespace, [deployment({ containers: [safeContainer()] }, 'agent', 'kube-system')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/metadata/namespace', message: 'Deployment runs pods in the system namespace "kube-system"' });
  });

  test('passes workloads elsewhere and non-workloads in kube-system', () => {
    const binding = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'auth-reader', namespace: 'kube-system' } };
    expect(runRule(kubeSystemNamespace, [deployment({ containers: [safeContainer()] }), binding])).toEqual([]);
  });
});
