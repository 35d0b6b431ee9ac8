import { hostNamespaces } from '../../../src/rules/pss/host-namespaces';
import { acrossWorkloads, bare, check, paths } from './helpers';

describe('pss-host-namespaces', () => {
  test('passes when the host namespaces are unset or false', () => {
    expect(check(hostNamespaces, { containers: [bare()] })).toEqual([]);
    expect(check(hostNamespaces, { hostNetwork: false, hostPID: false, hostIPC: false, containers: [bare()] })).toEqual([]);
  });

  test.each(['hostNetwork', 'hostPID', 'hostIPC'])('fails for %s: true', (field) => {
    const findings = check(hostNamespaces, { [field]: true, containers: [bare()] }, 'v1.0');
    expect(paths(findings)).toEqual([`/spec/${field}`]);
    expect(findings[0].message).toContain(`the pod sets spec.${field}=true`);
    expect(findings[0].severity).toBe('error');
  });

  test('reports each shared namespace', () => {
    expect(paths(check(hostNamespaces, { hostNetwork: true, hostPID: true, hostIPC: true, containers: [bare()] }))).toEqual([
      '/spec/hostIPC',
      '/spec/hostNetwork',
      '/spec/hostPID',
    ]);
  });

  test('wrong type "true" fails with a type note', () => {
    const [f] = check(hostNamespaces, { hostPID: 'true', containers: [bare()] });
    expect(f.message).toMatch(/"true" \(the value is a string, not a boolean/);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(hostNamespaces, { hostNetwork: true, containers: [bare()] });
    expect(r).toEqual({ Pod: ['/hostNetwork'], Deployment: ['/hostNetwork'], CronJob: ['/hostNetwork'] });
  });
});
