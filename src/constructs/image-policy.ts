import { IConstruct } from 'constructs';
import { InsecurePropError } from './errors';
import { parseImage } from '../rules/images/image-tag';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** True when `name` (registry/repository) starts with one of the allowed prefixes at a path boundary. */
function fromAllowedRegistry(name: string, allowed: readonly string[]): boolean {
  return allowed.some((prefix) => {
    const p = prefix.replace(/\/+$/, '');
    return p !== '' && (name === p || name.startsWith(p + '/'));
  });
}

/**
 * Refuses an image that can change under a running workload: untagged, `latest`, a malformed
 * digest, or a tag from a registry that is not allowed. Pinning by digest is always accepted.
 */
export function checkImage(scope: IConstruct, prop: string, image: unknown, allowedRegistries: readonly string[]): void {
  if (typeof image !== 'string' || image.trim() === '') {
    throw new InsecurePropError(scope.node.path, prop, 'is missing', 'give an image pinned by digest, e.g. "ghcr.io/acme/web@sha256:…"');
  }
  const ref = parseImage(image.trim());
  if (ref.digest !== undefined) {
    if (!DIGEST.test(ref.digest)) {
      throw new InsecurePropError(scope.node.path, prop, `has a malformed digest in "${image}"`, 'use "@sha256:" followed by 64 lowercase hex digits');
    }
    return;
  }
  if (ref.tag === undefined || ref.tag === '' || ref.tag.toLowerCase() === 'latest') {
    throw new InsecurePropError(
      scope.node.path,
      prop,
      `uses "${image}", which ${ref.tag ? 'has the mutable tag latest' : 'has no tag and means latest'}`,
      'pin the image by digest ("name@sha256:…") or use a fixed version tag from a registry listed in SecureDefaults allowedRegistries',
    );
  }
  if (!fromAllowedRegistry(ref.name, allowedRegistries)) {
    const where = allowedRegistries.length ? `not from an allowed registry (${allowedRegistries.join(', ')})` : 'not pinned by digest and no allowed registries are configured';
    throw new InsecurePropError(
      scope.node.path,
      prop,
      `uses "${image}", a tag ${where}`,
      'pin the image by digest ("name@sha256:…") or add its registry with SecureDefaults.of(scope).set({ allowedRegistries: [...] })',
    );
  }
}
