import { analyzeAll, evaluateObjects } from './evaluate';
import { ManifestInput, Report, Severity, SuppressionSelector } from './types';
import { parseKubernetesVersion } from './version';
import { PodTemplateLocation } from './workload';
import { Profile } from '../profiles/profile';
import { getProfile } from '../profiles/registry';

/** Options for checking manifests. */
export interface CheckOptions {
  /** A profile or the name of a registered one. @default 'recommended' */
  readonly profile?: Profile | string;
  /** `v1.N` or `latest`. @default 'latest' */
  readonly kubernetesVersion?: string;
  /** Extra pod template locations for custom resources. @default - none */
  readonly podTemplateLocations?: readonly PodTemplateLocation[];
  /** Current time, for suppression expiry. @default - now */
  readonly now?: Date;
  /** Suppressions from a central file, matched by kind, namespace and name. @default - none */
  readonly suppressionSelectors?: readonly SuppressionSelector[];
  /** Severity of findings about suppressions that matched nothing, or `off`. @default 'warning' */
  readonly unusedSuppressions?: Severity | 'off';
}

/** Resolves a profile given by name or object. */
export function resolveProfile(profile: Profile | string | undefined): Profile {
  if (profile === undefined) return getProfile('recommended');
  return typeof profile === 'string' ? getProfile(profile) : profile;
}

/** Checks plain manifests against a profile: the one entry point the CLI and the cdk8s integration share. */
export function checkManifests(inputs: readonly ManifestInput[], options: CheckOptions = {}): Report {
  const profile = resolveProfile(options.profile).resolve(parseKubernetesVersion(options.kubernetesVersion ?? 'latest'));
  // Stryker disable next-line ArrayDeclaration: an entry that is not a location (the mutant's string) matches no object's kind, so the result is that of no extra locations
  const objects = analyzeAll(inputs, options.podTemplateLocations ?? []);
  return evaluateObjects(objects, profile, {
    now: options.now,
    suppressionSelectors: options.suppressionSelectors,
    unusedSuppressions: options.unusedSuppressions,
  });
}
