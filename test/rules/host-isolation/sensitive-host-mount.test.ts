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

describe('sensitive-host-mount details', () => {
  test('a sensitive directory itself is named as such', () => {
    expect(runRule(sensitiveHostMount, [withHostPath('/etc')]).map((f) => f.message)).toEqual(['volume "h" mounts host path "/etc", a sensitive host directory']);
  });

  test('blank and non-string entries of the paths option are ignored (a blank entry is not the root)', () => {
    const options = { ruleOptions: { paths: ['', '   ', 42, '/opt/secret'] } };
    expect(runRule(sensitiveHostMount, [withHostPath('/data/app')], options)).toEqual([]);
    expect(runRule(sensitiveHostMount, [withHostPath('/opt/secret')], options)).toHaveLength(1);
    expect(runRule(sensitiveHostMount, [withHostPath('/')], options).map((f) => f.message)).toEqual(['volume "h" mounts host path "/", a parent of the sensitive host directory "/opt/secret"']);
  });

  test('the root contains every sensitive directory, also when the paths option does not list it', () => {
    const options = { ruleOptions: { paths: ['/opt/secret', '/srv/keys'] } };
    expect(runRule(sensitiveHostMount, [withHostPath('/')], options).map((f) => f.message)).toEqual(['volume "h" mounts host path "/", a parent of the sensitive host directory "/opt/secret"']);
    // Listed, `/` is the root itself, not every directory below it.
    expect(runRule(sensitiveHostMount, [withHostPath('/data/app')], { ruleOptions: { paths: ['/'] } })).toEqual([]);
    expect(runRule(sensitiveHostMount, [withHostPath('/')], { ruleOptions: { paths: ['/opt/secret', '/'] } }).map((f) => f.message)).toEqual(['volume "h" mounts host path "/", a sensitive host directory']);
    expect(runRule(sensitiveHostMount, [withHostPath('//')], { ruleOptions: { paths: ['/'] } }).map((f) => f.message)).toEqual(['volume "h" mounts host path "//", a sensitive host directory']);
  });
});

describe('host path normalization', () => {
  const messages = (path: unknown) => runRule(sensitiveHostMount, [withHostPath(path)]).map((f) => f.message);

  test('surrounding spaces and "." segments do not hide a sensitive directory', () => {
    expect(messages(' /etc ')).toEqual(['volume "h" mounts host path " /etc ", a sensitive host directory']);
    expect(messages('/etc/.')).toEqual(['volume "h" mounts host path "/etc/.", a sensitive host directory']);
  });

  test('an unnamed volume is reported with an empty name', () => {
    expect(runRule(sensitiveHostMount, [pod({ containers: [safeContainer()], volumes: [{ hostPath: { path: '/etc' } }] })]).map((f) => f.message)).toEqual([
      'volume "" mounts host path "/etc", a sensitive host directory',
    ]);
  });
});
