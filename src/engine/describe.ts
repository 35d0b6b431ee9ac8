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
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
