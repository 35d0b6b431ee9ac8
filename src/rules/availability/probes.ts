import { AnalyzedObject } from '../../engine/analyze';
import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asString, isObject } from '../../engine/values';
import { ContainerView } from '../../engine/workload';
import { runsToCompletion } from './workload-kinds';

export type ProbeName = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

/** Containers that may carry probes: regular containers and native sidecars (init containers with restartPolicy Always). */
export function probedContainers(object: AnalyzedObject): ContainerView[] {
  const out: ContainerView[] = [];
  for (const pod of object.podSpecs) {
    if (runsToCompletion(object, pod)) continue;
    for (const c of pod.containers) {
      if (c.type === 'containers' || (c.type === 'initContainers' && asString(c.container.restartPolicy) === 'Always')) out.push(c);
    }
  }
  return out;
}

/** Reports long-running containers without the given probe. */
export function requireProbe(object: AnalyzedObject, probe: ProbeName, purpose: string): Violation[] {
  const out: Violation[] = [];
  for (const c of probedContainers(object)) {
    if (isObject(c.container[probe])) continue;
    out.push({ path: joinPointer(c.path, probe), container: c.name, message: `${describeContainer(c)} has no ${probe}, so ${purpose}` });
  }
  return out;
}
