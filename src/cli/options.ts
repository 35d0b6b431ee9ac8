import { InvalidArgumentError } from 'commander';
import { FailOn } from '../engine/types';
import { KubernetesVersion, parseKubernetesVersion } from '../engine/version';
import { Profile } from '../profiles/profile';
import { getProfile } from '../profiles/registry';

/** Values of --fail-on. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** Parses --profile; commander prints the message, which lists the registered profiles. */
export function parseProfileOption(name: string): Profile {
  try {
    return getProfile(name);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Parses --kubernetes-version; the message names the valid range. */
export function parseVersionOption(value: string): KubernetesVersion {
  try {
    return parseKubernetesVersion(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
