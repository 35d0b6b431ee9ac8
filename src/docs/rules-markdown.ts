import { stringify } from 'yaml';
import { RuleMetadata } from '../engine/rule';
import { Severity } from '../engine/types';
import { inlineCode, tableCell } from '../formatters/markdown-text';
import { CATEGORY_TITLES } from './categories';
import { RuleExample } from './examples/types';
import { compareRules } from './rule-listing';

/** What to put around the rule sections. */
export interface RulesMarkdownOptions {
  /** Top heading. @default 'Rules' */
  readonly title?: string;
  /** Paragraph under the heading. @default - none */
  readonly intro?: string;
  /** Severity a profile gives each rule, by id, when it differs from the metadata. @default - the metadata's */
  readonly severities?: ReadonlyMap<string, Severity>;
  /** Profiles that run each rule, by id, for the "Profiles" line. @default - not shown */
  readonly profiles?: ReadonlyMap<string, readonly string[]>;
  /** Engine findings (not rules of any profile) documented in a section of their own. @default - none */
  readonly engineFindings?: readonly RuleMetadata[];
  /** A failing and a passing example per rule id, shown after the fix. @default - none */
  readonly examples?: ReadonlyMap<string, RuleExample>;
}

const TOOL_NAMES: Readonly<Record<string, string>> = {
  'checkov': 'Checkov',
  'kube-linter': 'KubeLinter',
  'kube-score': 'kube-score',
  'kubescape': 'Kubescape',
  'kubesec': 'Kubesec',
  'kyverno': 'Kyverno policies',
  'polaris': 'Polaris',
  'trivy': 'Trivy',
  'datree': 'Datree',
  'gatekeeper': 'Gatekeeper library',
};

function standardsLines(meta: RuleMetadata): string[] {
  const lines: string[] = [];
  const { pss, cis, nsa } = meta.standards ?? {};
  if (pss) {
    const later = [...new Set(pss.versions ?? [])].filter((v) => v > pss.since).sort((a, b) => a - b);
    const changes = later.length ? `; its behaviour changes at ${later.map((v) => `v1.${v}`).join(', ')}` : '';
    const overrides = pss.overrides ? `; at restricted it replaces the baseline control ${inlineCode(pss.overrides)}` : '';
    lines.push(`- Pod Security Standards: **${pss.level}**, control ${inlineCode(pss.control)}, enforced from Kubernetes v1.${pss.since}${changes}${overrides}.`);
  }
  if (cis?.length) lines.push(`- CIS Kubernetes Benchmark: ${cis.map((c) => `${c.id} (benchmark v${c.benchmark})`).join(', ')}.`);
  if (nsa?.length) lines.push(`- NSA/CISA Kubernetes Hardening Guidance: ${nsa.join(', ')}.`);
  return lines;
}

/** Manifests as one YAML block (documents separated by `---`). */
function yamlBlock(manifests: readonly Record<string, unknown>[]): string[] {
  return ['```yaml', manifests.map((m) => stringify(m)).join('---\n').replace(/\n$/, ''), '```'];
}

function exampleLines(example: RuleExample): string[] {
  const out: string[] = [];
  const context: string[] = [];
  if (example.kubernetesVersion) context.push(`Kubernetes ${example.kubernetesVersion}`);
  if (example.options) context.push(`the options ${inlineCode(JSON.stringify(example.options))}`);
  if (context.length) out.push('', `The examples assume ${context.join(' and ')}.`);
  if (example.note) out.push('', example.note);
  out.push('', '**Example (fails):**', '', ...yamlBlock(example.fail), '', '**Example (passes):**', '', ...yamlBlock(example.pass));
  return out;
}

function ruleSection(meta: RuleMetadata, options: RulesMarkdownOptions): string[] {
  const severity = options.severities?.get(meta.id) ?? meta.severity;
  const severityText = severity === meta.severity ? severity : `${severity} (rule default: ${meta.severity})`;
  const out: string[] = [`<a id="${meta.id}"></a>`, '', `### ${meta.title}`, '', '| | |', '| --- | --- |'];
  out.push(`| Id | ${inlineCode(meta.id)} |`, `| Severity | ${severityText} |`, `| Category | ${meta.category} |`);
  const profiles = options.profiles?.get(meta.id);
  if (options.profiles) out.push(`| Profiles | ${profiles?.length ? profiles.join(', ') : 'none (add it with `customProfile`)'} |`);
  out.push('', `**Why:** ${meta.description}`, '', `**Fix:** ${meta.remediation}`);
  const example = options.examples?.get(meta.id);
  if (example) out.push(...exampleLines(example));
  const standards = standardsLines(meta);
  if (standards.length) out.push('', '**Standards:**', '', ...standards);
  if (meta.defaultOptions && Object.keys(meta.defaultOptions).length) {
    out.push('', '**Options (defaults):**', '', '```json', JSON.stringify(meta.defaultOptions, null, 2), '```');
  }
  const equivalents = Object.entries(meta.equivalents ?? {}).filter(([, ids]) => ids.length);
  if (equivalents.length) {
    out.push('', '**Equivalents in other tools:**', '', '| Tool | Checks |', '| --- | --- |');
    for (const [tool, ids] of equivalents.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out.push(`| ${tableCell(TOOL_NAMES[tool] ?? tool)} | ${ids.map((id) => inlineCode(id).replace(/\|/g, '\\|')).join(', ')} |`);
    }
  }
  out.push('');
  return out;
}

/**
 * Rule documentation in Markdown: an index table, then one section per rule grouped by category
 * with rationale, fix, examples, standards, options and equivalent checks of other tools. Deterministic:
 * rules are sorted, so the output depends only on the metadata.
 */
export function renderRulesMarkdown(rules: readonly RuleMetadata[], options: RulesMarkdownOptions = {}): string {
  const ordered = [...rules].sort(compareRules);
  const out: string[] = [`# ${options.title ?? 'Rules'}`, ''];
  if (options.intro) out.push(options.intro, '');
  out.push('| Rule | Title | Severity | Category |', '| --- | --- | --- | --- |');
  for (const meta of ordered) {
    out.push(`| [${inlineCode(meta.id)}](#${meta.id}) | ${tableCell(meta.title)} | ${options.severities?.get(meta.id) ?? meta.severity} | ${meta.category} |`);
  }
  out.push('');
  let category: string | undefined;
  for (const meta of ordered) {
    if (meta.category !== category) {
      category = meta.category;
      out.push(`## ${CATEGORY_TITLES[meta.category] ?? meta.category}`, '');
    }
    out.push(...ruleSection(meta, options));
  }
  if (options.engineFindings?.length) {
    out.push(
      '## Findings about suppressions',
      '',
      'The engine reports these itself, whatever the profile; they cannot be suppressed.',
      '',
    );
    for (const meta of [...options.engineFindings].sort(compareRules)) out.push(...ruleSection(meta, {}));
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
