import { ContainerView } from './workload';

const TYPE_LABEL: Record<ContainerView['type'], string> = {
  containers: 'container',
  initContainers: 'init container',
  ephemeralContainers: 'ephemeral container',
};

/** Names a container for messages: `container "web"`, `init container #0`. */
export function describeContainer(c: ContainerView): string {
  return c.name ? `${TYPE_LABEL[c.type]} "${c.name}"` : `${TYPE_LABEL[c.type]} #${c.index}`;
}

/** Renders a value for a message, briefly (never used for secret material). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deeply nested (stack overflow), circular or a BigInt: name the shape instead of failing the rule.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
