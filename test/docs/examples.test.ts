import { parseAllDocuments } from 'yaml';
import { RULE_EXAMPLES, RuleExample } from '../../src/docs/examples';
import { generateRulesDoc } from '../../src/docs/rules-doc';
import { checkManifests } from '../../src/engine/check';
import { renderRulesMarkdown } from '../../src/docs/rules-markdown';
import { RuleMetadata } from '../../src/engine/rule';
import { Manifest } from '../../src/engine/types';
import { ALL_RULES } from '../../src/rules';
import { schemaErrorLines, validateManifests } from '../schema/harness';
import { runRule } from '../support/manifests';

const RULE_IDS = ALL_RULES.map((r) => r.meta.id);

/** Findings of rule `id` alone on the failing or passing example. */
function findingsOf(id: string, which: 'fail' | 'pass') {
  const rule = ALL_RULES.find((r) => r.meta.id === id)!;
  const example = RULE_EXAMPLES.get(id)!;
  const findings = runRule(rule, [...example[which]], { kubernetesVersion: example.kubernetesVersion, ruleOptions: example.options && { ...example.options } });
  return findings.filter((f) => f.ruleId === id);
}

/**
 * Rules that a fixed example may newly trip, because the fix makes them apply (they skip the failing
 * form) or the example leaves out an object the fix refers to.
 */
const NEWLY_APPLICABLE: Readonly<Record<string, readonly string[]>> = {
  // Off the host network the pod falls under NetworkPolicies and can use a user namespace.
  'pss-host-namespaces': ['host-users', 'networkpolicy-coverage'],
  // Kubernetes defaults imagePullPolicy to Always for `latest`, to IfNotPresent for a fixed tag.
  'image-tag': ['image-pull-policy'],
  // A replicated workload should also have a PodDisruptionBudget and spread its replicas.
  'bare-pod': ['pdb-missing', 'replica-spreading'],
  'replicas': ['pdb-missing', 'replica-spreading'],
  'hpa-target': ['pdb-missing', 'replica-spreading'],
  // The workload behind the Service is not part of the example.
  'ingress-backend-missing': ['service-selects-nothing'],
  // The mounted Secret comes from a secret manager, outside the example.
  'secret-literal-env': ['config-reference-missing'],
};

/** Rule ids the recommended profile reports on manifests. */
function recommendedFindings(manifests: readonly Manifest[], kubernetesVersion?: string): Set<string> {
  const report = checkManifests(manifests.map((manifest) => ({ manifest })), { profile: 'recommended', kubernetesVersion });
  return new Set(report.findings.map((f) => f.ruleId));
}

/** The manifests in the ```yaml block that follows `label` in a rule's section of the generated doc. */
function yamlAfter(section: string, label: string): unknown[] {
  const match = section.match(new RegExp(`\\*\\*${label}\\*\\*\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\\n\`\`\`\\n`));
  if (!match) throw new Error(`no ${label} YAML block in the section`);
  return parseAllDocuments(match[1]).map((doc) => doc.toJSON());
}

describe('rule examples', () => {
  test('every rule has an example and every example names a rule', () => {
    expect(RULE_IDS.filter((id) => !RULE_EXAMPLES.has(id))).toEqual([]);
    expect([...RULE_EXAMPLES.keys()].filter((id) => !RULE_IDS.includes(id))).toEqual([]);
    expect(RULE_EXAMPLES.size).toBe(ALL_RULES.length);
  });

  test.each(RULE_IDS)('%s: the failing example is reported', (id) => {
    expect(RULE_EXAMPLES.get(id)?.fail.length).toBeGreaterThan(0);
    expect(findingsOf(id, 'fail').length).toBeGreaterThan(0);
  });

  test.each(RULE_IDS)('%s: the passing example is not reported', (id) => {
    expect(RULE_EXAMPLES.get(id)?.pass.length).toBeGreaterThan(0);
    expect(findingsOf(id, 'pass').map((f) => f.message)).toEqual([]);
  });

  test.each(RULE_IDS)('%s: the fix introduces no new problem for the recommended profile', (id) => {
    const example = RULE_EXAMPLES.get(id)!;
    const before = recommendedFindings(example.fail, example.kubernetesVersion);
    const after = recommendedFindings(example.pass, example.kubernetesVersion);
    const added = [...after].filter((rule) => !before.has(rule)).sort();
    expect(added).toEqual([...(NEWLY_APPLICABLE[id] ?? [])].sort());
  });

  test('every example is a valid Kubernetes object (except the removed API the removed-api-version rule is about)', () => {
    const entries = [...RULE_EXAMPLES].flatMap(([id, example]) =>
      (['fail', 'pass'] as const).flatMap((which) => example[which].map((manifest) => ({ id, which, manifest }))),
    );
    const checked = entries.filter((e) => !(e.id === 'removed-api-version' && e.which === 'fail'));
    const { results } = validateManifests(checked.map((e) => e.manifest));
    const problems = results.flatMap((r) => schemaErrorLines([r]).map((line) => `${checked[r.index].id} (${checked[r.index].which}): ${line}`));
    expect(problems).toEqual([]);
    expect(results.filter((r) => r.validator === 'none').map((r) => checked[r.index].id)).toEqual([]);
  }, 60_000);
});

describe('examples in the rule documentation', () => {
  const META: RuleMetadata = { id: 'demo', title: 'Demo', severity: 'warning', category: 'images', description: 'd', remediation: 'r', standards: { cis: [{ id: '5.1', benchmark: '1.10' }] } };
  const first: Manifest = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'a' } };
  const second: Manifest = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' }, data: { k: 'v' } };
  const EXAMPLE: RuleExample = { fail: [first, second], pass: [first], options: { x: 1 }, kubernetesVersion: 'v1.30', note: 'A note.' };

  test('come after the fix, as YAML blocks (documents separated by ---), before the standards', () => {
    const md = renderRulesMarkdown([META], { examples: new Map([['demo', EXAMPLE]]) });
    expect(md).toContain(
      [
        '**Fix:** r',
        '',
        'The examples assume Kubernetes v1.30 and the options `{"x":1}`.',
        '',
        'A note.',
        '',
        '**Example (fails):**',
        '',
        '```yaml',
        'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a',
        '---',
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  k: v',
        '```',
        '',
        '**Example (passes):**',
        '',
        '```yaml',
        'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a',
        '```',
        '',
        '**Standards:**',
      ].join('\n'),
    );
  });

  test('a rule without an example renders as before', () => {
    const md = renderRulesMarkdown([META], { examples: new Map() });
    expect(md).toBe(renderRulesMarkdown([META]));
    expect(md).toContain('**Fix:** r\n\n**Standards:**');
    expect(md).not.toContain('Example');
  });

  test('docs/rules.md shows each rule\'s own examples, which read back as the same manifests', () => {
    const doc = generateRulesDoc();
    for (const id of RULE_IDS) {
      const start = doc.indexOf(`<a id="${id}"></a>`);
      const section = doc.slice(start, doc.indexOf('<a id="', start + 1));
      const example = RULE_EXAMPLES.get(id)!;
      expect({ id, fail: yamlAfter(section, 'Example \\(fails\\):') }).toEqual({ id, fail: example.fail });
      expect({ id, pass: yamlAfter(section, 'Example \\(passes\\):') }).toEqual({ id, pass: example.pass });
    }
  });
});
