import { containerMessage } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { ContainerCheck } from '../../engine/rule';
import { asString, isObject } from '../../engine/values';
import { ContainerView } from '../../engine/workload';
import { runsToCompletion } from './workload-kinds';

export type ProbeName = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

/** Regular containers and native sidecars (init containers with restartPolicy Always): those that may carry probes. */
export function isProbed(c: ContainerView): boolean {
  return c.type === 'containers' || (c.type === 'initContainers' && asString(c.container.restartPolicy) === 'Always');
}

/**
 * A container check that reports long-running containers without the given probe (`purpose`: what
 * goes wrong without it).
 */
export function requireProbe(probe: ProbeName, purpose: string): ContainerCheck {
  const missing = `has no ${probe}, so ${purpose}`;
  return (c, pod, object) => {
    if (!isProbed(c) || isObject(c.container[probe]) || runsToCompletion(object, pod)) return undefined;
    return { path: appendPointer(c.path, probe), container: c.name, message: containerMessage(c, missing) };
  };
}
