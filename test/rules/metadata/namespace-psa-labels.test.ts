import { namespacePsaLabels } from '../../../src/rules/metadata/namespace-psa-labels';
import { runRule } from '../../support/manifests';

const ns = (labels: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', labels } });
const P = 'pod-security.kubernetes.io/';

describe('namespace-psa-labels', () => {
  test('reports a Namespace without an enforce label', () => {
    const findings = runRule(namespacePsaLabels, [ns({ [`${P}warn`]: 'restricted' })]);
    expect(findings.map((f) => f.message)).toEqual([`Namespace "team" has no ${P}enforce label, so Pod Security Admission enforces only the cluster default`]);
  });

  test('reports privileged enforcement and invalid values', () => {
    const findings = runRule(namespacePsaLabels, [ns({ [`${P}enforce`]: 'privileged', [`${P}audit`]: 'strict', [`${P}enforce-version`]: '1.29' })]);
    expect(findings.map((f) => f.path)).toEqual([`/metadata/labels/${P.replace('/', '~1')}enforce-version`, `/metadata/labels/${P.replace('/', '~1')}audit`, `/metadata/labels/${P.replace('/', '~1')}enforce`]);
  });

  test('passes baseline and restricted; the minimum level and a version pin are options', () => {
    expect(runRule(namespacePsaLabels, [ns({ [`${P}enforce`]: 'baseline' })])).toEqual([]);
    expect(runRule(namespacePsaLabels, [ns({ [`${P}enforce`]: 'baseline' })], { ruleOptions: { minimumLevel: 'restricted' } })).toHaveLength(1);
    expect(runRule(namespacePsaLabels, [ns({ [`${P}enforce`]: 'restricted' })], { ruleOptions: { requireVersionPin: true } })).toHaveLength(1);
    expect(runRule(namespacePsaLabels, [ns({ [`${P}enforce`]: 'restricted', [`${P}enforce-version`]: 'v1.30' })], { ruleOptions: { requireVersionPin: true } })).toEqual([]);
  });

  test('ignores other kinds', () => {
    expect(runRule(namespacePsaLabels, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }])).toEqual([]);
  });
});
