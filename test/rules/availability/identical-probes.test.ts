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

  test('only the size limit is a reason to give up: other errors surface as a rule failure, not as a pass', () => {
    // Built in code, a probe can hold a value JSON cannot represent.
    const probe = { httpGet: { path: '/healthz', port: 8080 }, timeoutSeconds: BigInt(5) };
    const findings = runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe: probe, readinessProbe: probe })] })]);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['', 'Rule identical-probes failed while checking this object and could not decide: Do not know how to serialize a BigInt'],
    ]);
  });

  const run = (livenessProbe: unknown, readinessProbe: unknown) =>
    runRule(identicalProbes, [deployment({ containers: [safeContainer('app', { livenessProbe, readinessProbe })] })]).length;
  /** A probe whose deepest value sits `depth` levels below the probe, alternating objects and arrays. */
  const deepProbe = (depth: number) => {
    let v: unknown = 'x';
    for (let d = depth; d > 1; d--) v = d % 2 ? [v] : { nested: v };
    return { httpGet: { path: '/healthz', port: 8080 }, extra: v };
  };
  const execProbe = (args: number) => ({ exec: { command: Array.from({ length: args }, (_, i) => `arg${i}`) } });

  test('passes for a container without probes', () => {
    expect(runRule(identicalProbes, [deployment({ containers: [safeContainer()] })])).toEqual([]);
  });

  test('compares arrays element by element, normalising key order inside them', () => {
    expect(run({ exec: { command: ['check', 'live'] } }, { exec: { command: ['check', 'ready'] } })).toBe(0);
    expect(run({ exec: { command: [1, 23] } }, { exec: { command: [12, 3] } })).toBe(0);
    const headers = (h: unknown) => ({ httpGet: { path: '/healthz', port: 8080, httpHeaders: [h] } });
    expect(run(headers({ name: 'X-Probe', value: 'a' }), headers({ value: 'a', name: 'X-Probe' }))).toBe(1);
  });

  test('treats an undefined field like null', () => {
    expect(run({ httpGet: { path: '/healthz', port: 8080 }, timeoutSeconds: undefined }, { httpGet: { path: '/healthz', port: 8080 }, timeoutSeconds: null })).toBe(1);
  });

  test('compares values up to 32 levels deep and 2000 nodes', () => {
    expect(run(deepProbe(32), deepProbe(32))).toBe(1);
    expect(run(deepProbe(33), deepProbe(33))).toBe(0);
    // probe, exec and command are 3 nodes, each argument one more.
    expect(run(execProbe(1997), execProbe(1997))).toBe(1);
    expect(run(execProbe(1998), execProbe(1998))).toBe(0);
  });
});
