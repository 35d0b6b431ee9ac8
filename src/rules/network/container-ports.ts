import { describeContainer } from '../../engine/describe';
import { AnalyzedObject } from '../../engine/analyze';
import { asArray, asInteger, asObject, asString } from '../../engine/values';
import { ContainerView } from '../../engine/workload';

/** One declared container port. */
export interface ContainerPort {
  readonly container: ContainerView;
  readonly index: number;
  readonly port: number;
  readonly name?: string;
  readonly path: string;
}

/** Every `ports[*].containerPort` of every container of the object. */
export function containerPorts(object: AnalyzedObject): readonly ContainerPort[] {
  // Stryker disable next-line ConditionalExpression: reading the ports again gives equal ports; only speed differs
  if (object !== lastObject) {
    lastPorts = readContainerPorts(object);
    lastObject = object;
  }
  return lastPorts;
}

/**
 * The object whose ports were read last, and its ports. Several rules ask for the ports of each
 * workload one after the other (the engine runs every rule on an object before the next), so
 * remembering the last object serves them; a WeakMap by object cost more than reading the ports
 * again (~3 µs per workload, cold).
 */
let lastObject: AnalyzedObject | undefined;
let lastPorts: readonly ContainerPort[] = [];

function readContainerPorts(object: AnalyzedObject): ContainerPort[] {
  // Stryker disable next-line ArrayDeclaration: a stray non-port element has no port, name or path, so every caller's filter drops it; results are identical
  const out: ContainerPort[] = [];
  // Index loops, and the optional name set only when present (no spread): this runs for every container.
  for (let i = 0; i < object.podSpecs.length; i++) {
    const pod = object.podSpecs[i];
    for (let j = 0; j < pod.containers.length; j++) {
      const c = pod.containers[j];
      const entries = asArray(c.container.ports);
      for (let index = 0; index < entries.length; index++) {
        const entry = asObject(entries[index]);
        const port = asInteger(entry.containerPort);
        if (port === undefined) continue;
        const name = asString(entry.name);
        const found: { -readonly [K in keyof ContainerPort]: ContainerPort[K] } = { container: c, index, port, path: `${c.path}/ports/${index}/containerPort` };
        if (name !== undefined) found.name = name;
        out.push(found);
      }
    }
  }
  return out;
}

/** Names a port for messages. */
export function describePort(p: ContainerPort): string {
  return `${describeContainer(p.container)} declares containerPort ${p.port}${p.name ? ` ("${p.name}")` : ''}`;
}
