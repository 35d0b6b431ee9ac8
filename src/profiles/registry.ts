import { Profile, resolveRule } from './profile';
import { pssRulesAt } from './pss';
import { CATALOG_RULES, PSS_RULES } from '../rules';

/** Pod Security Standards baseline, exactly as Pod Security Admission enforces it at the chosen version. */
export const PSS_BASELINE = new Profile('pss-baseline', 'Pod Security Standards, baseline level, as enforced by Pod Security Admission', (v) =>
  // Stryker disable next-line StringLiteral: pssRulesAt treats every level other than 'restricted' as baseline
  pssRulesAt('baseline', v, PSS_RULES).map((r) => resolveRule(r)),
);

/** Pod Security Standards restricted, exactly as Pod Security Admission enforces it at the chosen version. */
export const PSS_RESTRICTED = new Profile(
  'pss-restricted',
  'Pod Security Standards, restricted level, as enforced by Pod Security Admission',
  (v) => pssRulesAt('restricted', v, PSS_RULES).map((r) => resolveRule(r)),
);

/** The full catalog: PSS restricted plus RBAC, secrets, network, images, resources and hygiene rules. */
export const RECOMMENDED = new Profile('recommended', 'Pod Security Standards restricted plus the full rule catalog', (v) => [
  ...PSS_RESTRICTED.resolve(v).rules,
  ...CATALOG_RULES.map((r) => resolveRule(r)),
]);

const BUILTIN_PROFILES: readonly Profile[] = [PSS_BASELINE, PSS_RESTRICTED, RECOMMENDED];
const registry = new Map<string, Profile>(BUILTIN_PROFILES.map((p) => [p.name, p]));

/** Whether the name stands for a profile this package defines (not one registered over it). */
export function isBuiltinProfile(name: string): boolean {
  const profile = registry.get(name);
  return profile !== undefined && BUILTIN_PROFILES.includes(profile);
}

/** Thrown for a profile name that is not registered. */
export class UnknownProfileError extends Error {
  constructor(name: string) {
    super(`Unknown profile "${name}". Available profiles: ${[...registry.keys()].join(', ')}.`);
    this.name = 'UnknownProfileError';
  }
}

/** Makes a profile available by name (to `--profile` and `enforce({ profile: 'name' })`). */
export function registerProfile(profile: Profile): void {
  registry.set(profile.name, profile);
}

/** Looks up a profile by name. */
export function getProfile(name: string): Profile {
  const profile = registry.get(name);
  if (!profile) throw new UnknownProfileError(name);
  return profile;
}

/** Every registered profile. */
export function listProfiles(): Profile[] {
  return [...registry.values()];
}
