import { sensitiveHostMount } from '../../../src/rules/host-isolation/sensitive-host-mount';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const withHostPath = (path: unknown) => pod({ containers: [safeContainer()], volumes: [{ name: 'h', hostPath: { path } }] });

describe('sensitive-host-mount', () => {
  test('passes for ordinary host directories and non-hostPath volumes', () => {
    expect(runRule(sensitiveHostMount, [withHostPath('/data/app')])).toEqual([]);
    expect(runRule(sensitiveHostMount, [withHostPath('/variable')])).toEqual([]);
    expect(runRule(sensitiveHostMount, [withHostPath('/etcetera')])).toEqual([]);
    expect(runRule(sensitiveHostMount, [pod({ containers: [safeContainer()], volumes: [{ name: 'e', emptyDir: {} }] })])).toEqual([]);
  });

  test.each(['/', '/etc', '/proc', '/var/lib/kubelet', '/root', '/var/run', '/etc/kubernetes/pki'])('fails for %s', (path) => {
    const [f] = runRule(sensitiveHostMount, [withHostPath(path)]);
    expect(f.path).toBe('/spec/volumes/0/hostPath/path');
    expect(f.message).toContain(`volume "h" mounts host path "${path}"`);
  });

  test('odd spellings are normalized: trailing slashes, //, . and ..', () => {
    expect(runRule(sensitiveHostMount, [withHostPath('/etc/')])).toHaveLength(1);
    expect(runRule(sensitiveHostMount, [withHostPath('//proc')])).toHaveLength(1);
    expect(runRule(sensitiveHostMount, [withHostPath('/data/../etc/./ssl')])[0].message).toContain('inside the sensitive host directory "/etc"');
  });

  test('a parent directory of a sensitive one fails', () => {
    expect(runRule(sensitiveHostMount, [withHostPath('/var/lib')])[0].message).toContain('a parent of the sensitive host directory');
  });

  test('runtime socket files are left to container-runtime-socket; their directories are not', () => {
    expect(runRule(sensitiveHostMount, [withHostPath('/var/run/docker.sock')])).toEqual([]);
    expect(runRule(sensitiveHostMount, [withHostPath('/run/containerd')])).toHaveLength(1);
  });

  test('CronJob templates are checked', () => {
    const cj = cronJob({ containers: [safeContainer()], volumes: [{ name: 'x', hostPath: { path: '/sys' } }] });
    expect(runRule(sensitiveHostMount, [cj])[0].path).toBe('/spec/jobTemplate/spec/template/spec/volumes/0/hostPath/path');
  });

  test('the paths option replaces the list', () => {
    expect(runRule(sensitiveHostMount, [withHostPath('/etc')], { ruleOptions: { paths: ['/opt/secret'] } })).toEqual([]);
    expect(runRule(sensitiveHostMount, [withHostPath('/opt/secret/x')], { ruleOptions: { paths: ['/opt/secret'] } })).toHaveLength(1);
  });

  test('wrong types do not throw', () => {
    expect(runRule(sensitiveHostMount, [withHostPath(42)])).toEqual([]);
    expect(runRule(sensitiveHostMount, [pod({ containers: [safeContainer()], volumes: 'nope' })])).toEqual([]);
  });
});
