import { ingressHost } from '../../../src/rules/network/ingress-host';
import { runRule } from '../../support/manifests';

const ingress = (rules: unknown[]) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'team' }, spec: { rules } });

describe('ingress-host', () => {
  test('reports rules without host and wildcard hosts', () => {
    const findings = runRule(ingressHost, [ingress([{ host: 'a.example.com' }, { http: { paths: [] } }, { host: '*.example.com' }, { host: '' }])]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['/spec/rules/1', 'Ingress "web" rules[1] has no host and matches every hostname'],
      ['/spec/rules/2/host', 'Ingress "web" rules[2] host "*.example.com" is a wildcard'],
      ['/spec/rules/3', 'Ingress "web" rules[3] has no host and matches every hostname'],
    ]);
  });

  test('passes specific hosts and non-Ingress objects', () => {
    expect(runRule(ingressHost, [ingress([{ host: 'a.example.com' }]), { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { rules: [{}] } }])).toEqual([]);
  });
});

describe('ingress-host: blank hosts', () => {
  test('a host of only spaces is no host', () => {
    expect(runRule(ingressHost, [ingress([{ host: '   ' }])]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/rules/0', 'Ingress "web" rules[0] has no host and matches every hostname'],
    ]);
  });
});
