import * as selectors from '../../src/engine/selectors';
import { analyzeAll, evaluateObjects } from '../../src/engine/evaluate';
import { Rule } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { resolveRule } from '../../src/profiles/profile';
import { networkPolicyCoverage } from '../../src/rules/cross-object/networkpolicy-coverage';
import { networkPolicySelectsNothing } from '../../src/rules/cross-object/networkpolicy-selects-nothing';
import { pdbExceedsReplicas } from '../../src/rules/cross-object/pdb-exceeds-replicas';
import { pdbMissing } from '../../src/rules/cross-object/pdb-missing';
import { pdbSelectsNothing } from '../../src/rules/cross-object/pdb-selects-nothing';
import { serviceSelectsNothing } from '../../src/rules/cross-object/service-selects-nothing';
import { serviceTargetPort } from '../../src/rules/cross-object/service-target-port';
import { deployment, safeContainer } from '../support/manifests';

/**
 * Cross-object rules relate objects through the label index: the number of selector matches
 * grows with the number of objects, not with its square. Counted, not timed.
 */
const N = 300;

function app(): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < N; i++) {
    // Replicas 2, pod labels app=web-<i>.
    out.push(deployment({ containers: [safeContainer('web', { ports: [{ containerPort: 8080, name: 'http' }] })] }, `web-${i}`));
    out.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { selector: { app: `web-${i}` }, ports: [{ port: 80, targetPort: 'http' }] } });
    out.push({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { maxUnavailable: 1, selector: { matchLabels: { app: `web-${i}` } } } });
    out.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { podSelector: { matchLabels: { app: `web-${i}` } }, policyTypes: ['Ingress', 'Egress'] } });
  }
  return out;
}

function matchesDuring(rule: Rule, manifests: unknown[] = app()): { calls: number; findings: number } {
  const map = jest.spyOn(selectors, 'mapSelectorMatches');
  const label = jest.spyOn(selectors, 'labelSelectorMatches');
  try {
    const objects = analyzeAll(manifests.map((manifest) => ({ manifest })));
    const report = evaluateObjects(objects, { name: 't', kubernetesVersion: parseKubernetesVersion('latest'), rules: [resolveRule(rule)] });
    return { calls: map.mock.calls.length + label.mock.calls.length, findings: report.findings.length };
  } finally {
    map.mockRestore();
    label.mockRestore();
  }
}

describe('cross-object rules scale linearly', () => {
  test.each([serviceSelectsNothing, serviceTargetPort, pdbMissing, pdbSelectsNothing, networkPolicyCoverage])('$meta.id', (rule) => {
    const { calls, findings } = matchesDuring(rule);
    // Each Service/PDB/policy selects exactly one of the N workloads: everything is matched, nothing reported.
    expect(findings).toBe(0);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(4 * N);
  });
});

/** A Deployment whose pods carry `labels` (and are selected by them), with a named port. */
function workload(name: string, labels: Record<string, string>): unknown {
  const web = deployment({ containers: [safeContainer('web', { ports: [{ containerPort: 8080, name: 'http' }] })] }, name) as { spec: Record<string, unknown> };
  web.spec = { ...web.spec, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: (web.spec.template as { spec: unknown }).spec } };
  return web;
}

/**
 * The other way selectors meet workloads: n workloads with the same pod labels, each with a Service,
 * a PDB and a NetworkPolicy that select them all (a chart whose selectors lack an instance label).
 * That is n² pairs; rules must still do work that grows with n (matching each distinct selector
 * once, and working once per distinct list of workloads).
 */
function sharedSelectorApp(n: number): unknown[] {
  const out: unknown[] = [];
  const labels = { app: 'web' };
  for (let i = 0; i < n; i++) {
    out.push(workload(`web-${i}`, labels));
    out.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { selector: labels, ports: [{ port: 80, targetPort: 'http' }] } });
    out.push({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { minAvailable: 1, selector: { matchLabels: labels } } });
    out.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { podSelector: { matchLabels: labels }, policyTypes: ['Ingress'] } });
  }
  return out;
}

/** Collection operations (map, set and array insertions and lookups) during `run`: a count of work that does not depend on the machine. */
function collectionOperationsDuring(run: () => void): number {
  const methods: Array<[object, string]> = [
    [Map.prototype, 'get'], [Map.prototype, 'set'], [WeakMap.prototype, 'get'], [WeakMap.prototype, 'set'],
    [Set.prototype, 'add'], [Set.prototype, 'has'], [Array.prototype, 'push'],
  ];
  let count = 0;
  const originals = methods.map(([target, name]) => (target as Record<string, (...args: unknown[]) => unknown>)[name]);
  methods.forEach(([target, name], i) => {
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      count++;
      return originals[i].apply(this, args);
    };
  });
  try {
    run();
  } finally {
    methods.forEach(([target, name], i) => ((target as Record<string, unknown>)[name] = originals[i]));
  }
  return count;
}

function workFor(rule: Rule, n: number): { operations: number; matches: number; messages: string[] } {
  const objects = analyzeAll(sharedSelectorApp(n).map((manifest) => ({ manifest })));
  const profile = { name: 't', kubernetesVersion: parseKubernetesVersion('latest'), rules: [resolveRule(rule)] };
  let messages: string[] = [];
  const operations = collectionOperationsDuring(() => {
    messages = evaluateObjects(objects, profile).findings.map((f) => f.message);
  });
  return { operations, matches: matchesDuring(rule, sharedSelectorApp(n)).calls, messages };
}

describe('cross-object rules scale linearly when every selector selects every workload', () => {
  const N = 150;
  test.each([serviceSelectsNothing, serviceTargetPort, pdbMissing, pdbSelectsNothing, pdbExceedsReplicas, networkPolicyCoverage, networkPolicySelectsNothing])('$meta.id', (rule) => {
    const small = workFor(rule, N);
    const large = workFor(rule, 2 * N);
    // Twice the objects, about twice the work: n² pairs walked would be four times.
    expect(large.operations).toBeGreaterThan(0);
    expect(large.operations / small.operations).toBeLessThan(2.5);
    expect(large.matches).toBeLessThanOrEqual(8 * N);
  });

  test('service-selects-nothing: Services whose labels are each on many workloads, never on the same one', () => {
    const disjoint = (n: number): unknown[] => {
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) {
        out.push(workload(`web-${i}`, { app: 'web', tier: 'back' }), workload(`api-${i}`, { app: 'api', tier: 'front' }));
        out.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `web-${i}`, namespace: 'team' }, spec: { selector: { app: 'web', tier: 'front' }, ports: [{ port: 80 }] } });
      }
      return out;
    };
    const { calls, findings } = matchesDuring(serviceSelectsNothing, disjoint(N));
    expect(findings).toBe(N);
    expect(calls).toBeLessThanOrEqual(4 * N);
  });

  test('networkpolicy-coverage names three of the selecting policies and counts the rest', () => {
    const { messages } = workFor(networkPolicyCoverage, N);
    expect(messages).toHaveLength(N);
    expect(new Set(messages).size).toBe(N);
    expect(messages[7]).toBe(`Deployment "web-7" is selected by NetworkPolicy "web-0", "web-1", "web-2" and ${N - 3} more but not for Egress, so that traffic is unrestricted`);
  });
});
