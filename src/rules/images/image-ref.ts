import { parseImage } from './image-tag';

/** Docker Hub's host names; all of them mean `docker.io`. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * The fully qualified repository of an image, as a container runtime resolves it:
 * `nginx` → `docker.io/library/nginx`, `team/app` → `docker.io/team/app`,
 * `Registry.Example.com:5000/app` → `registry.example.com:5000/app`.
 */
export function qualifiedRepository(image: string): string {
  const { name } = parseImage(image.trim());
  const segments = name.split('/');
  const first = segments[0];
  // The first segment is a registry host only if it looks like one (has a dot or port, or is localhost).
  const hasRegistry = segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = hasRegistry ? first.toLowerCase() : 'docker.io';
  if (DOCKER_HUB.has(registry)) registry = 'docker.io';
  const path = hasRegistry ? segments.slice(1) : segments;
  if (registry === 'docker.io' && path.length === 1) path.unshift('library');
  return `${registry}/${path.join('/')}`;
}

/** The registry host of an image (`docker.io` for Docker Hub short names). */
export function registryOf(image: string): string {
  return qualifiedRepository(image).split('/')[0];
}

/**
 * Normalizes an allow-list entry (`https://Registry.example.com/team/`, `index.docker.io`) to the
 * form `qualifiedRepository` produces, so both sides compare equal.
 */
export function normalizeRegistryPrefix(entry: string): string {
  const stripped = entry.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  const [host, ...rest] = stripped.split('/');
  const lowered = host.toLowerCase();
  return [DOCKER_HUB.has(lowered) ? 'docker.io' : lowered, ...rest].join('/');
}

/** True when the repository is the prefix or lies under it, on a path-segment boundary. */
export function matchesPrefix(repository: string, prefix: string): boolean {
  return prefix !== '' && (repository === prefix || repository.startsWith(prefix + '/'));
}
