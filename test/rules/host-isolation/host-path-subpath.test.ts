import { hostPathSubpath } from '../../../src/rules/host-isolation/host-path-subpath';
import { deployment, runRule, safeContainer } from '../../support/manifests';

const spec = (mount: Record<string, unknown>) => ({
  containers: [safeContainer('app', { volumeMounts: [mount] })],
  volumes: [{ name: 'h', hostPath: { path: '/data' } }, { name: 'c', configMap: { name: 'cfg' } }],
});

describe('host-path-subpath', () => {
  test('passes without subPath, or with subPath on other volumes', () => {
    expect(runRule(hostPathSubpath, [deployment(spec({ name: 'h', mountPath: '/d', readOnly: true }))])).toEqual([]);
    expect(runRule(hostPathSubpath, [deployment(spec({ name: 'c', mountPath: '/etc/app.conf', subPath: 'app.conf' }))])).toEqual([]);
    expect(runRule(hostPathSubpath, [deployment(spec({ name: 'h', mountPath: '/d', subPath: '' }))])).toEqual([]);
  });

  test('fails for subPath and subPathExpr on a hostPath volume', () => {
    const [f] = runRule(hostPathSubpath, [deployment(spec({ name: 'h', mountPath: '/d', subPath: 'logs' }))]);
    expect(f.path).toBe('/spec/template/spec/containers/0/volumeMounts/0/subPath');
    expect(f.message).toContain('subPath "logs"');
    expect(f.message).toContain('CVE-2021-25741');
    expect(runRule(hostPathSubpath, [deployment(spec({ name: 'h', mountPath: '/d', subPathExpr: '$(POD_NAME)' }))])[0].path).toMatch(/subPathExpr$/);
  });
});

describe('host-path-subpath blank values', () => {
  test('a whitespace-only subPath is treated as unset', () => {
    expect(runRule(hostPathSubpath, [deployment(spec({ name: 'h', mountPath: '/d', subPath: '   ' }))])).toEqual([]);
  });
});
