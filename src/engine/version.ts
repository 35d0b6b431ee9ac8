/** The newest Kubernetes minor version whose Pod Security Standards this package knows. */
export const LATEST_KUBERNETES_MINOR = 37;

/** A Kubernetes policy version: `v1.N` or `latest`. */
export type KubernetesVersionInput = string;

/** A parsed policy version. */
export interface KubernetesVersion {
  /** As given by the user (`v1.29`, `latest`). */
  readonly label: string;
  /** Minor version number the policy is evaluated at (`latest` = the newest known). */
  readonly minor: number;
}

/** Thrown for a version string that is not `v1.N` (0 ≤ N ≤ latest) or `latest`. */
export class InvalidKubernetesVersionError extends Error {
  constructor(input: string) {
    super(`Invalid Kubernetes version "${input}": use "latest" or v1.0 … v1.${LATEST_KUBERNETES_MINOR} (for example v1.29).`);
    this.name = 'InvalidKubernetesVersionError';
  }
}

/** Parses `v1.29`, `1.29`, `v1.29.3` or `latest`. */
export function parseKubernetesVersion(input: KubernetesVersionInput = 'latest'): KubernetesVersion {
  const text = String(input).trim();
  if (text === 'latest') return { label: 'latest', minor: LATEST_KUBERNETES_MINOR };
  const match = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(text);
  if (!match) throw new InvalidKubernetesVersionError(text);
  const minor = Number(match[1]);
  if (minor > LATEST_KUBERNETES_MINOR) throw new InvalidKubernetesVersionError(text);
  return { label: `v1.${minor}`, minor };
}
