import { hostNetworkDnsPolicy } from '../../../src/rules/availability/host-network-dns-policy';
import { pod, runRule, safeContainer } from '../../support/manifests';

describe('host-network-dns-policy', () => {
  test('passes without hostNetwork, or with ClusterFirstWithHostNet/Default', () => {
    expect(runRule(hostNetworkDnsPolicy, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(hostNetworkDnsPolicy, [pod({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet', containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(hostNetworkDnsPolicy, [pod({ hostNetwork: true, dnsPolicy: 'Default', containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails for hostNetwork with the default or ClusterFirst', () => {
    const [f] = runRule(hostNetworkDnsPolicy, [pod({ hostNetwork: true, containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec');
    expect(f.message).toBe('the pod uses hostNetwork with dnsPolicy unset (ClusterFirst), so cluster Service names do not resolve');
    expect(runRule(hostNetworkDnsPolicy, [pod({ hostNetwork: 'true', dnsPolicy: 'ClusterFirst', containers: [safeContainer()] })])[0].path).toBe('/spec/dnsPolicy');
  });
});
