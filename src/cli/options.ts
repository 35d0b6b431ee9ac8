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

/** The largest --max-file-size: V8 cannot hold a longer string, so larger files could not be parsed anyway. */
export const MAX_FILE_SIZE_LIMIT_MIB = 512;

/** Parses --max-file-size (MiB, a whole number from 1 to MAX_FILE_SIZE_LIMIT_MIB) into bytes. */
export function parseMaxFileSizeOption(value: string): number {
  const mib = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(mib >= 1 && mib <= MAX_FILE_SIZE_LIMIT_MIB)) {
    throw new InvalidArgumentError(`"${value}" is not a size in MiB: give a whole number from 1 to ${MAX_FILE_SIZE_LIMIT_MIB}, e.g. --max-file-size 64.`);
  }
  return mib * 1024 * 1024;
}
