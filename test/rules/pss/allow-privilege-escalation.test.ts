import { allowPrivilegeEscalation } from '../../../src/rules/pss/allow-privilege-escalation';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const APE = { allowPrivilegeEscalation: false };

describe('pss-allow-privilege-escalation', () => {
  test('does not exist before 1.8 (boundary 1.7 → 1.8)', () => {
    expect(check(allowPrivilegeEscalation, { containers: [bare()] }, 'v1.7')).toEqual([]);
    expect(check(allowPrivilegeEscalation, { containers: [bare()] }, 'v1.8')).toHaveLength(1);
  });

  test('passes when every container sets false explicitly', () => {
    expect(check(allowPrivilegeEscalation, { initContainers: [withSc('i', APE)], containers: [withSc('a', APE)], ephemeralContainers: [withSc('e', APE)] })).toEqual([]);
  });

  test('unset, true or mistyped values fail, in every container type', () => {
    const spec = {
      initContainers: [bare('i')],
      containers: [withSc('a', { allowPrivilegeEscalation: true }), withSc('b', APE)],
      ephemeralContainers: [withSc('e', { allowPrivilegeEscalation: 'false' })],
    };
    const findings = check(allowPrivilegeEscalation, spec);
    expect(paths(findings)).toEqual(['/spec/containers/0/securityContext/allowPrivilegeEscalation', '/spec/ephemeralContainers/0/securityContext/allowPrivilegeEscalation', '/spec/initContainers/0']);
    expect(findings.map((f) => f.message)).toEqual([
      'init container "i" does not set securityContext.allowPrivilegeEscalation=false (unset allows escalation)',
      'container "a" sets securityContext.allowPrivilegeEscalation=true',
      'ephemeral container "e" sets securityContext.allowPrivilegeEscalation="false" (the value is a string, not a boolean: the Kubernetes API would reject this manifest)',
    ]);
  });

  test('Windows pods are exempt from 1.25 (boundary 1.24 → 1.25)', () => {
    const spec = { os: { name: 'windows' }, containers: [bare()] };
    expect(check(allowPrivilegeEscalation, spec, 'v1.24')).toHaveLength(1);
    expect(check(allowPrivilegeEscalation, spec, 'v1.25')).toEqual([]);
    expect(check(allowPrivilegeEscalation, { os: { name: 'linux' }, containers: [bare()] }, 'v1.25')).toHaveLength(1);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(allowPrivilegeEscalation, { containers: [withSc('a', { allowPrivilegeEscalation: true })] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/securityContext/allowPrivilegeEscalation']);
  });
});
