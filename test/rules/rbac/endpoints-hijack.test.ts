import { rbacEndpointsHijack } from '../../../src/rules/rbac/endpoints-hijack';
import { runRule } from '../../support/manifests';
import { role } from './fixtures';
import { permissionRuleTests } from './permission-cases';

permissionRuleTests(rbacEndpointsHijack, [
  [{ apiGroups: [''], resources: ['services/status'], verbs: ['patch'] }, { apiGroups: [''], resources: ['services'], verbs: ['patch'] }],
  [{ apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['create'] }, { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list'] }],
]);

describe('rbac-endpoints-hijack', () => {
  test('names the CVE that applies', () => {
    const findings = runRule(rbacEndpointsHijack, [role([{ apiGroups: [''], resources: ['endpoints', 'services/status'], verbs: ['update'] }])]);
    expect(findings.map((f) => f.message)).toEqual([
      'Role "r" rules[0] grants update on endpoints, which can redirect Service traffic to arbitrary IPs (CVE-2021-25740)',
      'Role "r" rules[0] grants update on services/status, which can claim load-balancer IPs and intercept traffic (CVE-2020-8554)',
    ]);
  });
});
