import { writableHostMount } from '../../../src/rules/host-isolation/writable-host-mount';
import { pod, runRule, safeContainer } from '../../support/manifests';

const spec = (mount: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  containers: [safeContainer('app', { volumeMounts: [mount] })],
  volumes: [{ name: 'h', hostPath: { path: '/data' } }, { name: 'e', emptyDir: {} }],
  ...extra,
});

describe('writable-host-mount', () => {
  test('passes for read-only hostPath mounts and writable non-hostPath mounts', () => {
    expect(runRule(writableHostMount, [pod(spec({ name: 'h', mountPath: '/d', readOnly: true }))])).toEqual([]);
    expect(runRule(writableHostMount, [pod(spec({ name: 'e', mountPath: '/d' }))])).toEqual([]);
  });

  test('fails when readOnly is missing or false', () => {
    const [f] = runRule(writableHostMount, [pod(spec({ name: 'h', mountPath: '/d' }))]);
    expect(f.path).toBe('/spec/containers/0/volumeMounts/0');
    expect(f.container).toBe('app');
    expect(f.message).toBe('container "app" mounts hostPath volume "h" ("/data") writable (no readOnly: true)');
    expect(runRule(writableHostMount, [pod(spec({ name: 'h', mountPath: '/d', readOnly: false }))])[0].path).toBe('/spec/containers/0/volumeMounts/0/readOnly');
  });

  test('a string "true" is not read-only: the API would reject it', () => {
    expect(runRule(writableHostMount, [pod(spec({ name: 'h', mountPath: '/d', readOnly: 'true' }))])[0].message).toContain('not a boolean');
  });

  test('a mount and a hostPath volume that both lack a name pair up, so a malformed pod does not hide the mount', () => {
    const s = { containers: [safeContainer('app', { volumeMounts: [{ mountPath: '/d' }] })], volumes: [{ hostPath: { path: '/data' } }] };
    expect(runRule(writableHostMount, [pod(s)]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/containers/0/volumeMounts/0', 'container "app" mounts hostPath volume "" ("/data") writable (no readOnly: true)'],
    ]);
  });

  test('init and ephemeral containers are checked', () => {
    const s = {
      containers: [safeContainer()],
      initContainers: [safeContainer('init', { volumeMounts: [{ name: 'h', mountPath: '/d' }] })],
      ephemeralContainers: [safeContainer('dbg', { volumeMounts: [{ name: 'h', mountPath: '/d' }] })],
      volumes: [{ name: 'h', hostPath: { path: '/data' } }],
    };
    expect(runRule(writableHostMount, [pod(s)]).map((f) => f.container).sort()).toEqual(['dbg', 'init']);
  });
});
