import { analyzeInput } from '../../../src/engine/analyze';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { seccompRestricted } from '../../../src/rules/pss/seccomp-restricted';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const RD = { seccompProfile: { type: 'RuntimeDefault' } };

describe('pss-seccomp-restricted', () => {
  test('does not exist before 1.19 (boundary 1.18 → 1.19)', () => {
    expect(check(seccompRestricted, { containers: [bare()] }, 'v1.18')).toEqual([]);
    expect(paths(check(seccompRestricted, { containers: [bare()] }, 'v1.19'))).toEqual(['/spec/containers/0']);
  });

  test('a pod-level profile covers containers that leave it unset', () => {
    expect(check(seccompRestricted, { securityContext: RD, initContainers: [bare('i')], containers: [bare()], ephemeralContainers: [bare('e')] })).toEqual([]);
  });

  test('the pod level may be unset when every container sets a profile', () => {
    const spec = { initContainers: [withSc('i', RD)], containers: [withSc('a', { seccompProfile: { type: 'Localhost', localhostProfile: 'p' } })] };
    expect(check(seccompRestricted, spec)).toEqual([]);
  });

  test('a container without a profile fails when the pod has none, including ephemeral containers', () => {
    const findings = check(seccompRestricted, { containers: [withSc('a', RD)], ephemeralContainers: [bare('dbg')] });
    expect(findings.map((f) => [f.container, f.message])).toEqual([
      ['dbg', 'ephemeral container "dbg" has no seccomp profile: neither it nor the pod sets seccompProfile.type to RuntimeDefault or Localhost'],
    ]);
  });

  test('an explicit Unconfined fails at either level, and a bad pod level does not cover containers', () => {
    const spec = { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [bare('a'), withSc('b', RD), withSc('c', { seccompProfile: { type: 'Unconfined' } })] };
    expect(paths(check(seccompRestricted, spec))).toEqual([
      '/spec/containers/0',
      '/spec/containers/2/securityContext/seccompProfile/type',
      '/spec/securityContext/seccompProfile/type',
    ]);
  });

  test('Windows pods are exempt from 1.25 (boundary 1.24 → 1.25)', () => {
    const spec = { os: { name: 'windows' }, containers: [bare()] };
    expect(check(seccompRestricted, spec, 'v1.24')).toHaveLength(1);
    expect(check(seccompRestricted, spec, 'v1.25')).toEqual([]);
    expect(check(seccompRestricted, { os: { name: 'linux' }, containers: [bare()] }, 'v1.25')).toHaveLength(1);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(seccompRestricted, { containers: [bare(), withSc('b', RD)] });
    expect(r).toEqual({ Pod: ['/containers/0'], Deployment: ['/containers/0'], CronJob: ['/containers/0'] });
  });
});

describe('pss-seccomp-restricted paths', () => {
  test('a missing profile points at seccompProfile.type of the container', () => {
    expect(paths(check(seccompRestricted, { containers: [withSc('a', { seccompProfile: null })] }))).toEqual(['/spec/containers/0/securityContext/seccompProfile']);
  });

  test('the violation names seccompProfile.type itself, even where the report shows the nearest existing field', () => {
    const [object] = analyzeInput({ manifest: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [bare('a')] } } });
    const violations = seccompRestricted.check!(object, { kubernetesVersion: parseKubernetesVersion('latest'), options: {} });
    expect(violations.map((v) => v.path)).toEqual(['/spec/containers/0/securityContext/seccompProfile/type']);
  });
});
