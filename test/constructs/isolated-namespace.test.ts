import { Testing } from 'cdk8s';
import { Guardrails } from '../../src/cdk8s/guardrails';
import { InsecurePropError, IsolatedNamespace, SecureDeployment } from '../../src/constructs';
import { LATEST_KUBERNETES_MINOR } from '../../src/engine/version';
import { errorOf, IMAGE, objectOf, synthApp, unacceptedFindings } from './support';

function synthNamespace(props: Partial<ConstructorParameters<typeof IsolatedNamespace>[2]> = {}) {
  const app = Testing.app();
  const ns = new IsolatedNamespace(app, 'shop', { name: 'shop', ...props });
  return { app, ns, out: Testing.synth(ns) };
}

describe('IsolatedNamespace output', () => {
  const { out } = synthNamespace();

  test('Namespace with PSA enforce/audit/warn at restricted, each pinned to the latest known version', () => {
    const namespace = objectOf(out, 'Namespace', 'shop');
    expect(namespace.metadata.namespace).toBeUndefined();
    expect(`v1.${LATEST_KUBERNETES_MINOR}`).toBe('v1.37');
    for (const mode of ['enforce', 'audit', 'warn']) {
      expect(namespace.metadata.labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
      expect(namespace.metadata.labels[`pod-security.kubernetes.io/${mode}-version`]).toBe('v1.37');
    }
  });

  test('default-deny NetworkPolicies for ingress and egress select every pod', () => {
    expect(objectOf(out, 'NetworkPolicy', 'default-deny-ingress').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    expect(objectOf(out, 'NetworkPolicy', 'default-deny-egress').spec).toEqual({ podSelector: {}, policyTypes: ['Egress'] });
  });

  test('DNS egress to kube-dns in kube-system on port 53', () => {
    expect(objectOf(out, 'NetworkPolicy', 'allow-dns-egress').spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
        },
      ],
    });
  });

  test('ResourceQuota without a CPU-limit entry, no NodePorts/LoadBalancers; LimitRange defaults', () => {
    const quota = objectOf(out, 'ResourceQuota').spec.hard;
    expect(quota['services.nodeports']).toBe('0');
    expect(quota['services.loadbalancers']).toBe('0');
    expect(quota['requests.memory']).toBe('8Gi');
    expect(quota['limits.cpu']).toBeUndefined();
    const limits = objectOf(out, 'LimitRange').spec.limits[0];
    expect(limits).toEqual({
      type: 'Container',
      defaultRequest: { 'cpu': '100m', 'memory': '256Mi', 'ephemeral-storage': '1Gi' },
      default: { 'memory': '256Mi', 'ephemeral-storage': '2Gi' },
    });
  });

  test('every namespaced object is in the namespace', () => {
    for (const o of out.filter((m) => m.kind !== 'Namespace')) expect(o.metadata.namespace).toBe('shop');
  });
});

describe('IsolatedNamespace options', () => {
  test('constructs created inside land in the namespace', () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
    new SecureDeployment(ns, 'web', { name: 'web', containers: [{ image: IMAGE, portNumber: 8080 }] });
    const out = Testing.synth(ns);
    for (const kind of ['Deployment', 'Service', 'ServiceAccount', 'PodDisruptionBudget']) expect(objectOf(out, kind, 'web').metadata.namespace).toBe('shop');
  });

  test('level, version, quota, limit range and DNS are overridable', () => {
    const { out } = synthNamespace({
      podSecurity: { level: 'baseline', version: 'v1.30' },
      dnsEgress: false,
      resourceQuota: { 'requests.cpu': '16', 'services.loadbalancers': '1' },
      limitRange: { defaultLimit: { memory: '1Gi' }, max: { memory: '4Gi' } },
    });
    const labels = objectOf(out, 'Namespace').metadata.labels;
    expect(labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    expect(labels['pod-security.kubernetes.io/warn-version']).toBe('v1.30');
    expect(out.find((o) => o.metadata.name === 'allow-dns-egress')).toBeUndefined();
    const quota = objectOf(out, 'ResourceQuota').spec.hard;
    expect(quota).toMatchObject({ 'requests.cpu': '16', 'services.loadbalancers': '1', 'requests.memory': '8Gi' });
    expect(objectOf(out, 'LimitRange').spec.limits[0]).toMatchObject({ default: { memory: '1Gi' }, max: { memory: '4Gi' } });
  });

  test('quota and limit range can be turned off', () => {
    const { out } = synthNamespace({ resourceQuota: false, limitRange: false });
    expect(out.map((o) => o.kind)).not.toContain('ResourceQuota');
    expect(out.map((o) => o.kind)).not.toContain('LimitRange');
  });

  test('allowFromNamespace and allowToCidr add namespace-wide policies', () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
    const monitoring = new IsolatedNamespace(app, 'monitoring', { name: 'monitoring' });
    ns.allowFromNamespace(monitoring, 9090);
    ns.allowToCidr('10.20.0.0/16', [5432], ['10.20.99.0/24']);
    const out = Testing.synth(ns);
    expect(objectOf(out, 'NetworkPolicy', 'allow-from-monitoring').spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 9090, protocol: 'TCP' }] }],
    });
    expect(objectOf(out, 'NetworkPolicy', 'allow-to-10-20-0-0-16').spec.egress).toEqual([
      { to: [{ ipBlock: { cidr: '10.20.0.0/16', except: ['10.20.99.0/24'] } }], ports: [{ port: 5432, protocol: 'TCP' }] },
    ]);
  });

  test('privileged with an exception is labelled and recorded', () => {
    const app = Testing.app();
    new IsolatedNamespace(app, 'cni', {
      name: 'cni-system',
      podSecurity: { level: 'privileged', exception: { reason: 'CNI agents need host networking', ruleIds: ['namespace-psa-labels'] } },
    });
    Guardrails.of(app).enforce({ failOn: 'never', warn: () => undefined, unusedSuppressions: 'off' });
    app.synthYaml();
    const namespace = objectOf(synthApp(app), 'Namespace');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(namespace.metadata.annotations['cdk8s-guardrails/suppressions']).toContain('CNI agents need host networking');
    // The exception covers the Namespace object, not what runs inside it.
    expect(objectOf(synthApp(app), 'NetworkPolicy', 'default-deny-ingress').metadata.annotations).toBeUndefined();
  });
});

describe('IsolatedNamespace has no findings', () => {
  for (const profile of ['recommended', 'pss-restricted']) {
    test(profile, () => {
      const app = Testing.app();
      const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
      ns.allowFromNamespace('ingress-nginx', 8080);
      expect(unacceptedFindings(synthApp(app), profile)).toEqual([]);
    });
  }
});

describe('IsolatedNamespace refuses', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['privileged without a reason', { podSecurity: { level: 'privileged' } }, /^shop: `podSecurity\.level` weakens a secure default and needs an explicit exception\. Fix: keep level 'restricted'/],
    ['an unknown level', { podSecurity: { level: 'open' } }, /`podSecurity\.level` is "open"/],
    ['version latest', { podSecurity: { version: 'latest' } }, /`podSecurity\.version` is "latest", so a cluster upgrade silently changes what is enforced\. Fix: pin a version such as v1\.37/],
    ['an invalid version', { podSecurity: { version: 'v2.0' } }, /`podSecurity\.version` Invalid Kubernetes version "v2\.0"/],
    ['the default namespace', { name: 'default' }, /`name` is the system namespace "default"/],
    ['kube-system', { name: 'kube-system' }, /`name` is the system namespace "kube-system"/],
    ['an invalid name', { name: 'Shop_1' }, /`name` \("Shop_1"\) is not a valid namespace name/],
  ];
  for (const [name, props, message] of cases) {
    test(name, () => {
      const error = errorOf(() => synthNamespace(props));
      expect(error).toBeInstanceOf(InsecurePropError);
      expect(error.message).toMatch(message);
    });
  }

  test('egress to the whole internet', () => {
    const { ns } = synthNamespace();
    expect(errorOf(() => ns.allowToCidr('0.0.0.0/0')).message).toMatch(/`allowToCidr\(cidr\)` is "0\.0\.0\.0\/0", which opens egress to the whole internet/);
  });
});
