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

describe('namespace-psa-labels findings in detail', () => {
  const E = `${P}enforce`;
  const details = (manifest: unknown, ruleOptions?: Record<string, unknown>) => runRule(namespacePsaLabels, [manifest], { ruleOptions }).map((f) => [f.path, f.message]);
  const labelPath = (key: string) => `/metadata/labels/${key.replace('/', '~1')}`;

  test('invalid levels and versions are quoted; privileged is below the baseline minimum', () => {
    expect(details(ns({ [E]: 'privileged', [`${P}audit`]: 'strict', [`${P}warn-version`]: 'v1.30-rc' }))).toEqual([
      [labelPath(`${P}audit`), `Namespace "team" label ${P}audit has the invalid level "strict" (use privileged, baseline or restricted)`],
      [labelPath(`${P}warn-version`), `Namespace "team" label ${P}warn-version has the invalid value "v1.30-rc" (use latest or v1.N)`],
      [labelPath(E), `Namespace "team" enforces Pod Security level "privileged", below the required "baseline"`],
    ]);
    expect(details(ns({ [E]: 'baseline', [`${P}enforce-version`]: 'not-latest' }))).toEqual([
      [labelPath(`${P}enforce-version`), `Namespace "team" label ${P}enforce-version has the invalid value "not-latest" (use latest or v1.N)`],
    ]);
  });

  test('missing enforce label and missing version pin point at the labels', () => {
    expect(details(ns({}), { requireVersionPin: true })).toEqual([
      ['/metadata/labels', `Namespace "team" has no ${E} label, so Pod Security Admission enforces only the cluster default`],
    ]);
    expect(details(ns({ [E]: 'restricted' }), { requireVersionPin: true })).toEqual([
      ['/metadata/labels', `Namespace "team" does not pin ${E}-version, so a cluster upgrade can change what is enforced`],
    ]);
  });

  test('an unnamed Namespace is called just "Namespace"; a non-string minimumLevel means baseline', () => {
    expect(details({ apiVersion: 'v1', kind: 'Namespace', metadata: { labels: { [E]: 'privileged' } } }, { minimumLevel: 5 })).toEqual([
      [labelPath(E), 'Namespace enforces Pod Security level "privileged", below the required "baseline"'],
    ]);
  });

  test('only core v1 Namespaces are checked', () => {
    expect(details({ apiVersion: 'example.com/v1', kind: 'Namespace', metadata: { name: 'team' } })).toEqual([]);
  });
});
