import * as fs from 'fs';
import { generateRulesDoc } from '../../src/docs/rules-doc';
import { listRules } from '../../src/docs/rule-listing';
import { renderRulesMarkdown } from '../../src/docs/rules-markdown';
import { RuleMetadata } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { getProfile } from '../../src/profiles/registry';
import { ALL_RULES } from '../../src/rules';
import { RULES_DOC_PATH } from './generate';

const FULL: RuleMetadata = {
  id: 'pss-capabilities-restricted',
  title: 'Capabilities beyond NET_BIND_SERVICE',
  severity: 'error',
  category: 'pod-security',
  description: 'Restricted pods must drop ALL capabilities.',
  remediation: 'Set `capabilities.drop: [ALL]`.',
  standards: {
    pss: { level: 'restricted', control: 'capabilities_restricted', since: 22, versions: [22, 25], overrides: 'capabilities_baseline' },
    cis: [{ id: '5.2.8', benchmark: '1.10' }],
    nsa: ['C-0046'],
  },
  equivalents: { 'trivy': ['KSV003'], 'kube-linter': ['a|b'] },
  defaultOptions: { allowed: ['NET_BIND_SERVICE'] },
};

const OTHER: RuleMetadata = { id: 'aaa-first', title: 'Other', severity: 'warning', category: 'images', description: 'd', remediation: 'r' };

describe('rule documentation', () => {
  test('docs/rules.md is up to date', () => {
    const expected = generateRulesDoc();
    const actual = fs.existsSync(RULES_DOC_PATH) ? fs.readFileSync(RULES_DOC_PATH, 'utf8') : '';
    if (actual !== expected) {
      throw new Error('docs/rules.md is stale or missing: the rule metadata changed. Run `npm run docs` and commit docs/rules.md.');
    }
  });

  test('every built-in rule has a section with its id as anchor, rationale and fix', () => {
    const doc = generateRulesDoc();
    for (const rule of ALL_RULES) {
      expect(doc).toContain(`<a id="${rule.meta.id}"></a>\n\n### ${rule.meta.title}\n`);
      expect(doc).toContain(`**Why:** ${rule.meta.description}`);
      expect(doc).toContain(`**Fix:** ${rule.meta.remediation}`);
    }
    expect(doc).toContain('| Profiles | pss-baseline, pss-restricted, recommended |');
    expect(doc).toContain('<a id="suppression-unused"></a>');
  });

  test('a section shows id, severity, category, PSS/CIS/NSA standards, options and equivalents', () => {
    const md = renderRulesMarkdown([FULL]);
    expect(md).toContain('| Id | `pss-capabilities-restricted` |\n| Severity | error |\n| Category | pod-security |\n');
    expect(md).toContain(
      '- Pod Security Standards: **restricted**, control `capabilities_restricted`, enforced from Kubernetes v1.22; its behaviour changes at v1.25; at restricted it replaces the baseline control `capabilities_baseline`.',
    );
    expect(md).toContain('- CIS Kubernetes Benchmark: 5.2.8 (benchmark v1.10).');
    expect(md).toContain('- NSA/CISA Kubernetes Hardening Guidance: C-0046.');
    expect(md).toContain('```json\n{\n  "allowed": [\n    "NET_BIND_SERVICE"\n  ]\n}\n```');
    expect(md).toContain('| KubeLinter | `a\\|b` |\n| Trivy | `KSV003` |');
    expect(md).not.toContain('| Profiles |');
  });

  test('output is deterministic: independent of the order rules are given in', () => {
    const a = renderRulesMarkdown([FULL, OTHER]);
    const b = renderRulesMarkdown([OTHER, FULL]);
    expect(a).toBe(b);
    // Category order (pod-security before images) wins over the id order.
    expect(a.indexOf('## Pod Security Standards')).toBeLessThan(a.indexOf('## Images'));
    expect(a.indexOf('<a id="pss-capabilities-restricted">')).toBeLessThan(a.indexOf('<a id="aaa-first">'));
  });

  test('a profile severity that differs from the rule default is shown with both', () => {
    const md = renderRulesMarkdown([OTHER], { severities: new Map([['aaa-first', 'error' as const]]) });
    expect(md).toContain('| Severity | error (rule default: warning) |');
  });

  test('listRules gives full metadata with the resolved severity and options', () => {
    const listing = listRules(getProfile('pss-baseline').resolve(parseKubernetesVersion('v1.30')));
    expect(listing).toMatchObject({ version: 1, profile: 'pss-baseline', kubernetesVersion: 'v1.30' });
    const priv = listing.rules.find((r) => r.id === 'pss-privileged')!;
    expect(priv).toMatchObject({ severity: 'error', defaultSeverity: 'error', unsuppressible: false, standards: { pss: { control: 'privileged', level: 'baseline' } } });
    expect(listing.rules.find((r) => r.id === 'image-tag')).toBeUndefined();
  });
});
