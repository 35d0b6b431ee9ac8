import { AnalyzedObject } from '../../engine/analyze';
import { appendPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asString } from '../../engine/values';
import { PodSpecView } from '../../engine/workload';

/** Reports pod specs where `spec.<field>` is not a non-empty string. */
export function requirePodString(object: AnalyzedObject, field: string, message: (pod: PodSpecView) => string): Violation[] {
  const out: Violation[] = [];
  for (let i = 0; i < object.podSpecs.length; i++) {
    const pod = object.podSpecs[i];
    if ((asString(pod.spec[field]) ?? '').trim() !== '') continue;
    out.push({ path: appendPointer(pod.path, field), message: message(pod) });
  }
  return out;
}
