import { windowsHostProcess } from '../../../src/rules/pss/windows-host-process';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

const hp = (hostProcess: unknown) => ({ windowsOptions: { hostProcess } });

describe('pss-windows-host-process', () => {
  test('passes when hostProcess is unset or false', () => {
    expect(check(windowsHostProcess, { securityContext: hp(false), containers: [bare(), withSc('b', hp(false)), withSc('c', { windowsOptions: { runAsUserName: 'x' } })] })).toEqual([]);
  });

  test('fails for hostProcess: true on the pod or any container type, at every version', () => {
    const spec = {
      os: { name: 'windows' },
      securityContext: hp(true),
      initContainers: [withSc('i', hp(true))],
      containers: [withSc('app', hp(false))],
      ephemeralContainers: [withSc('e', hp(true))],
    };
    for (const version of ['v1.0', 'latest']) {
      expect(paths(check(windowsHostProcess, spec, version))).toEqual([
        '/spec/ephemeralContainers/0/securityContext/windowsOptions/hostProcess',
        '/spec/initContainers/0/securityContext/windowsOptions/hostProcess',
        '/spec/securityContext/windowsOptions/hostProcess',
      ]);
    }
  });

  test('a container opting out does not excuse a pod-level true', () => {
    const findings = check(windowsHostProcess, { securityContext: hp(true), containers: [withSc('app', hp(false))] });
    expect(findings.map((f) => f.message)).toEqual(['the pod sets spec.securityContext.windowsOptions.hostProcess=true']);
  });

  test('same verdict in Deployments and CronJobs', () => {
    const r = acrossWorkloads(windowsHostProcess, { containers: [withSc('a', hp('true'))] });
    expect(r.Deployment).toEqual(r.Pod);
    expect(r.CronJob).toEqual(['/containers/0/securityContext/windowsOptions/hostProcess']);
  });
});

describe('pss-windows-host-process container attribution', () => {
  test('a container finding names the container; a pod finding names none', () => {
    const spec = { securityContext: { windowsOptions: { hostProcess: true } }, containers: [withSc('app', { windowsOptions: { hostProcess: true } })] };
    expect(check(windowsHostProcess, spec).map((f) => [f.path, f.container])).toEqual([
      ['/spec/securityContext/windowsOptions/hostProcess', undefined],
      ['/spec/containers/0/securityContext/windowsOptions/hostProcess', 'app'],
    ]);
  });
});
