import { Chart, Testing } from 'cdk8s';
import { Guardrails } from '../../src/cdk8s/guardrails';
import { InsecurePropError, IsolatedNamespace, LeastPrivilegeServiceAccount, RbacGrant } from '../../src/constructs';
import { appAndChart, errorOf, objectOf, synthApp, unacceptedFindings } from './support';

describe('LeastPrivilegeServiceAccount output', () => {
  test('a ServiceAccount without token automount and without any RBAC by default', () => {
    const { chart } = appAndChart('shop');
    new LeastPrivilegeServiceAccount(chart, 'sa', { name: 'reporter' });
    const out = Testing.synth(chart);
    expect(out).toEqual([
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'reporter', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'reporter' } }, automountServiceAccountToken: false },
    ]);
  });

  test('grants become one namespaced Role and a RoleBinding to the account', () => {
    const { chart } = appAndChart('shop');
    const sa = new LeastPrivilegeServiceAccount(chart, 'sa', { name: 'reporter', grants: [{ verbs: ['get', 'list'], resources: ['configmaps'] }] });
    sa.grant({ verbs: ['get'], resources: ['deployments'], apiGroups: ['apps'], resourceNames: ['web'] });
    sa.grantRead({ secretName: 'db-credentials' });
    const out = Testing.synth(chart);
    expect(objectOf(out, 'Role', 'reporter')).toMatchObject({
      metadata: { namespace: 'shop' },
      rules: [
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] },
        { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'], resourceNames: ['web'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['db-credentials'] },
      ],
    });
    const binding = objectOf(out, 'RoleBinding');
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reporter' });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'reporter', namespace: 'shop' }]);
    expect(out.filter((o) => o.kind === 'Role')).toHaveLength(1);
  });

  test('bindClusterRoleInNamespace binds a ClusterRole with a namespaced RoleBinding', () => {
    const { chart } = appAndChart('shop');
    new LeastPrivilegeServiceAccount(chart, 'sa', { name: 'viewer' }).bindClusterRoleInNamespace('view');
    const binding = objectOf(Testing.synth(chart), 'RoleBinding');
    expect(binding.metadata.namespace).toBe('shop');
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' });
  });

  test('grantClusterWide with an exception creates cluster-scoped objects and records the reason', () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'ops', { name: 'ops' });
    const sa = new LeastPrivilegeServiceAccount(ns, 'sa', { name: 'node-reader', labels: { 'app.kubernetes.io/name': 'node-reader' } });
    sa.grantClusterWide({ verbs: ['get', 'list'], resources: ['nodes'] }, { reason: 'capacity dashboard reads node allocatable', ruleIds: ['rbac-cluster-wide'] });
    const out = synthApp(app);
    const role = objectOf(out, 'ClusterRole', 'ops-node-reader');
    expect(role.metadata.namespace).toBeUndefined();
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list'] }]);
    const binding = objectOf(out, 'ClusterRoleBinding', 'ops-node-reader');
    expect(binding.metadata.namespace).toBeUndefined();
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'node-reader', namespace: 'ops' }]);
    Guardrails.of(app).enforce({ failOn: 'never', warn: () => undefined, unusedSuppressions: 'off' });
    app.synthYaml();
    const synthesized = synthApp(app);
    expect(objectOf(synthesized, 'ClusterRole').metadata.annotations['cdk8s-guardrails/suppressions']).toContain('capacity dashboard reads node allocatable');
    expect(objectOf(synthesized, 'ClusterRoleBinding').metadata.annotations['cdk8s-guardrails/suppressions']).toContain('capacity dashboard reads node allocatable');
    expect(objectOf(synthesized, 'ServiceAccount').metadata.annotations).toBeUndefined();
  });
});

describe('LeastPrivilegeServiceAccount with grants has no findings', () => {
  for (const profile of ['recommended', 'pss-restricted']) {
    test(profile, () => {
      const app = Testing.app();
      const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
      const sa = new LeastPrivilegeServiceAccount(ns, 'sa', { name: 'reporter' });
      sa.grantRead({ secretName: 'db-credentials' });
      sa.grantReadConfigMaps('settings');
      expect(unacceptedFindings(synthApp(app), profile)).toEqual([]);
    });
  }
});

describe('LeastPrivilegeServiceAccount refuses', () => {
  const grants: Array<[string, RbacGrant, RegExp]> = [
    ['wildcard verbs', { verbs: ['*'], resources: ['pods'] }, /`grant\(\)\.verbs` contains the wildcard "\*"\. Fix: list the verbs explicitly/],
    ['wildcard resources', { verbs: ['get'], resources: ['*'] }, /`grant\(\)\.resources` contains a wildcard/],
    ['wildcard subresources', { verbs: ['get'], resources: ['pods/*'] }, /`grant\(\)\.resources` contains a wildcard/],
    ['wildcard apiGroups', { verbs: ['get'], resources: ['pods'], apiGroups: ['*'] }, /`grant\(\)\.apiGroups` contains the wildcard/],
    ['escalate', { verbs: ['escalate'], resources: ['roles'], apiGroups: ['rbac.authorization.k8s.io'] }, /`grant\(\)\.verbs` contains "escalate", which lets the subject gain permissions/],
    ['bind', { verbs: ['bind'], resources: ['clusterroles'], apiGroups: ['rbac.authorization.k8s.io'] }, /contains "bind"/],
    ['impersonate', { verbs: ['impersonate'], resources: ['users'] }, /contains "impersonate"/],
    ['list secrets', { verbs: ['list'], resources: ['secrets'] }, /`grant\(\)\.verbs` grants "list" on secrets.*Fix: grant "get" on named Secrets/],
    ['watch secrets', { verbs: ['get', 'watch'], resources: ['secrets'], resourceNames: ['x'] }, /grants "watch" on secrets/],
    ['get all secrets', { verbs: ['get'], resources: ['secrets'] }, /`grant\(\)\.resourceNames` is empty for secrets/],
    ['pods/exec', { verbs: ['create'], resources: ['pods/exec'] }, /`grant\(\)\.resources` contains "pods\/exec", which gives shell or tunnel access/],
    ['pods/attach', { verbs: ['create'], resources: ['pods/attach'] }, /contains "pods\/attach"/],
    ['pods/portforward', { verbs: ['create'], resources: ['pods/portforward'] }, /contains "pods\/portforward"/],
    ['nodes/proxy', { verbs: ['get'], resources: ['nodes/proxy'] }, /contains "nodes\/proxy"/],
    ['token minting', { verbs: ['create'], resources: ['serviceaccounts/token'] }, /grants create on serviceaccounts\/token/],
    ['CSR approval', { verbs: ['update'], resources: ['certificatesigningrequests/approval'], apiGroups: ['certificates.k8s.io'] }, /grants approval of certificate signing requests/],
    ['signer approve', { verbs: ['approve'], resources: ['signers'], apiGroups: ['certificates.k8s.io'] }, /grants approval of certificate signing requests/],
    ['webhook write', { verbs: ['patch'], resources: ['mutatingwebhookconfigurations'], apiGroups: ['admissionregistration.k8s.io'] }, /grants writing mutatingwebhookconfigurations/],
    ['validating webhook write', { verbs: ['create'], resources: ['validatingwebhookconfigurations'], apiGroups: ['admissionregistration.k8s.io'] }, /grants writing validatingwebhookconfigurations/],
    ['empty verbs', { verbs: [], resources: ['pods'] }, /`grant\(\)\.verbs` is empty/],
  ];
  for (const [name, grant, message] of grants) {
    test(name, () => {
      const { chart } = appAndChart('shop');
      const sa = new LeastPrivilegeServiceAccount(chart, 'sa');
      const error = errorOf(() => sa.grant(grant));
      expect(error).toBeInstanceOf(InsecurePropError);
      expect(error.message).toMatch(/^chart\/sa: /);
      expect(error.message).toMatch(message);
    });
  }

  test('reading webhooks is fine, writing is not', () => {
    const { chart } = appAndChart('shop');
    expect(() => new LeastPrivilegeServiceAccount(chart, 'sa').grant({ verbs: ['get', 'list'], resources: ['validatingwebhookconfigurations'], apiGroups: ['admissionregistration.k8s.io'] })).not.toThrow();
  });

  test('grants given as props are checked with their index', () => {
    const { chart } = appAndChart('shop');
    const error = errorOf(() => new LeastPrivilegeServiceAccount(chart, 'sa', { grants: [{ verbs: ['get'], resources: ['pods'] }, { verbs: ['*'], resources: ['pods'] }] }));
    expect(error.message).toMatch(/`grants\[1\]\.verbs` contains the wildcard/);
  });

  for (const role of ['cluster-admin', 'admin', 'edit']) {
    test(`binding ${role}`, () => {
      const { chart } = appAndChart('shop');
      const error = errorOf(() => new LeastPrivilegeServiceAccount(chart, 'sa').bindClusterRoleInNamespace(role));
      expect(error.message).toContain(`\`bindClusterRoleInNamespace()\` binds the built-in "${role}" role. Fix: grant the specific permissions`);
    });
  }

  test('cluster-wide grants without an exception', () => {
    const { chart } = appAndChart('shop');
    const sa = new LeastPrivilegeServiceAccount(chart, 'sa');
    const error = errorOf(() => sa.grantClusterWide({ verbs: ['get'], resources: ['nodes'] }, undefined as never));
    expect(error.message).toMatch(/`grantClusterWide\(\)` weakens a secure default and needs an explicit exception\. Fix: grant the permission in this namespace/);
  });

  test('cluster-wide grants are still checked', () => {
    const { chart } = appAndChart('shop');
    const sa = new LeastPrivilegeServiceAccount(chart, 'sa');
    expect(errorOf(() => sa.grantClusterWide({ verbs: ['list'], resources: ['secrets'] }, { reason: 'backup tool reads all secrets', ruleIds: ['rbac-secrets-read'] })).message).toMatch(
      /grants "list" on secrets/,
    );
  });

  test('automountToken true', () => {
    const { chart } = appAndChart('shop');
    expect(errorOf(() => new LeastPrivilegeServiceAccount(chart, 'sa', { automountToken: true as never })).message).toMatch(/^chart\/sa: `automountToken` mounts an API token/);
  });

  test('a binding without a namespace', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const sa = new LeastPrivilegeServiceAccount(chart, 'sa');
    expect(errorOf(() => sa.grantReadConfigMaps('settings')).message).toMatch(/`namespace` is not set.*Fix: create the account inside an IsolatedNamespace/);
  });
});
