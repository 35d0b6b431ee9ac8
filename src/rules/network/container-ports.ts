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
  let ports = portsByObject.get(object);
  // Stryker disable next-line ConditionalExpression: reading the ports again gives equal ports; only speed differs
  if (ports === undefined) {
    ports = readContainerPorts(object);
    portsByObject.set(object, ports);
  }
  return ports;
}

/** The ports of each object, read once: several rules ask for the ports of every workload. */
const portsByObject = new WeakMap<AnalyzedObject, readonly ContainerPort[]>();

function readContainerPorts(object: AnalyzedObject): ContainerPort[] {
  // Stryker disable next-line ArrayDeclaration: a stray non-port element has no port, name or path, so every caller's filter drops it; results are identical
  const out: ContainerPort[] = [];
  for (let i = 0; i < object.podSpecs.length; i++) {
    const pod = object.podSpecs[i];
    for (let j = 0; j < pod.containers.length; j++) {
      const c = pod.containers[j];
      asArray(c.container.ports).forEach((value, index) => {
        const entry = asObject(value);
        const port = asInteger(entry.containerPort);
        if (port === undefined) return;
        const name = asString(entry.name);
        out.push({ container: c, index, port, ...(name !== undefined ? { name } : {}), path: `${c.path}/ports/${index}/containerPort` });
      });
    }
  }
  return out;
}

/** Names a port for messages. */
export function describePort(p: ContainerPort): string {
  return `${describeContainer(p.container)} declares containerPort ${p.port}${p.name ? ` ("${p.name}")` : ''}`;
}
