import { identicalProbes } from '../../../src/rules/availability/identical-probes';
import { deployment, runRule, safeContainer } from '../../support/manifests';

describe('identical-probes', () => {
  test('passes when the probes differ or one is missing', () => {
    const a = { httpGet: { path: '/live', port: 8080 } };
    const b = { httpGet: { path: '/ready', port: 8080 } };
    expect(runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: a, readinessProbe: b })] })])).toEqual([]);
    expect(runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: a })] })])).toEqual([]);
    expect(runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: a, readinessProbe: { ...a, failureThreshold: 5 } })] })])).toEqual([]);
  });

  test('fails for equal probes, whatever the key order', () => {
    const live = { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 };
    const ready = { periodSeconds: 10, httpGet: { port: 8080, path: '/healthz' } };
    const [f] = runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: live, readinessProbe: ready })] })]);
    expect(f.path).toBe('/spec/template/spec/containers/0/livenessProbe');
    expect(f.message).toBe('container "app" uses the same check for livenessProbe and readinessProbe');
  });

  test('gives up on values too large to be probes instead of walking them for ever', () => {
    // 64 levels, each sharing one child under two keys: 2^64 paths if walked naively.
    let shared: unknown = 'x';
    for (let i = 0; i < 64; i++) shared = { exec: shared, grpc: shared };
    const probe = { httpGet: { path: '/healthz', port: 8080 }, extra: shared };
    expect(runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: probe, readinessProbe: probe })] })])).toEqual([]);
    // Real probes are still compared: a large but plausible probe (a long exec command) is reported.
    const longCommand = { exec: { command: Array.from({ length: 500 }, (_, i) => `arg${i}`) } };
    expect(runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: longCommand, readinessProbe: structuredClone(longCommand) })] })])).toHaveLength(1);
  });
});
