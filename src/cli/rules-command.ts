import { KubernetesVersion } from '../engine/version';
import { listRules } from '../docs/rule-listing';
import { renderRulesMarkdown } from '../docs/rules-markdown';
import { Profile } from '../profiles/profile';
import { CliIo, EXIT } from './io';

/** Output formats of `rules`. */
export type RulesFormat = 'text' | 'json' | 'markdown';
export const RULES_FORMATS: readonly RulesFormat[] = ['text', 'json', 'markdown'];

/** Parsed options of `rules`. */
export interface RulesCommandOptions {
  readonly profile: Profile;
  readonly kubernetesVersion: KubernetesVersion;
  readonly format: RulesFormat;
}

function textListing(listing: ReturnType<typeof listRules>): string {
  const idWidth = Math.max(4, ...listing.rules.map((r) => r.id.length));
  const catWidth = Math.max(8, ...listing.rules.map((r) => r.category.length));
  const lines = [
    `${listing.rules.length} rule(s) in profile ${listing.profile} at Kubernetes ${listing.kubernetesVersion}:`,
    `${'RULE'.padEnd(idWidth)}  ${'SEVERITY'.padEnd(8)}  ${'CATEGORY'.padEnd(catWidth)}  TITLE`,
    ...listing.rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(catWidth)}  ${r.title}`),
  ];
  return lines.join('\n') + '\n';
}

/** Lists the rules a profile runs at a Kubernetes version. */
export function rulesCommand(options: RulesCommandOptions, io: CliIo): number {
  const resolved = options.profile.resolve(options.kubernetesVersion);
  const listing = listRules(resolved);
  switch (options.format) {
    case 'json':
      io.stdout(JSON.stringify(listing, null, 2) + '\n');
      break;
    case 'markdown': {
      const severities = new Map(listing.rules.map((r) => [r.id, r.severity] as const));
      io.stdout(
        renderRulesMarkdown(
          resolved.rules.map((r) => r.rule.meta),
          { title: `Rules of profile ${listing.profile} at Kubernetes ${listing.kubernetesVersion}`, severities },
        ),
      );
      break;
    }
    default:
      io.stdout(textListing(listing));
  }
  return EXIT.ok;
}
