import * as selectors from '../../src/engine/selectors';
import { analyzeAll, evaluateObjects } from '../../src/engine/evaluate';
import { Rule } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { resolveRule } from '../../src/profiles/profile';
import { networkPolicyCoverage } from '../../src/rules/cross-object/networkpolicy-coverage';
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

function matchesDuring(rule: Rule): { calls: number; findings: number } {
  const map = jest.spyOn(selectors, 'mapSelectorMatches');
  const label = jest.spyOn(selectors, 'labelSelectorMatches');
  try {
    const objects = analyzeAll(app().map((manifest) => ({ manifest })));
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
