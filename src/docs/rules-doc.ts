import { GOVERNANCE_RULES } from '../engine/governance';
import { Profile } from '../profiles/profile';
import { PSS_BASELINE, PSS_RESTRICTED, RECOMMENDED } from '../profiles/registry';
import { ALL_RULES } from '../rules';
import { RULE_EXAMPLES } from './examples';
import { ruleIdsAcrossVersions } from './rule-listing';
import { renderRulesMarkdown } from './rules-markdown';

const INTRO = [
  '<!-- Generated from the rule metadata by `npm run docs`. Do not edit by hand. -->',
  '',
  'Every built-in rule of cdk8s-guardrails. List the rules a profile runs at a Kubernetes version with',
  '`cdk8s-guardrails rules --profile <name> --kubernetes-version v1.N` (add `--format json` for the full metadata).',
].join('\n');

/** The reference documentation of every built-in rule (the content of `docs/rules.md`). */
export function generateRulesDoc(profiles: readonly Profile[] = [PSS_BASELINE, PSS_RESTRICTED, RECOMMENDED]): string {
  const membership = new Map<string, string[]>();
  for (const profile of profiles) {
    for (const id of ruleIdsAcrossVersions(profile)) membership.set(id, [...(membership.get(id) ?? []), profile.name]);
  }
  return renderRulesMarkdown(
    ALL_RULES.map((r) => r.meta),
    { title: 'Rules', intro: INTRO, profiles: membership, engineFindings: GOVERNANCE_RULES, examples: RULE_EXAMPLES },
  );
}
