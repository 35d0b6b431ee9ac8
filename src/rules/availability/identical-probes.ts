import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { isObject } from '../../engine/values';

/** Deeper than any real probe; past it the value is not a probe the API would accept anyway. */
const MAX_DEPTH = 32;

/** JSON with sorted keys, so key order does not hide equality. */
function canonical(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) return '"…"';
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, depth + 1)).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k], depth + 1)}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Liveness and readiness probes should differ. */
export const identicalProbes = defineRule(
  {
    id: 'identical-probes',
    title: 'Identical liveness and readiness probes',
    severity: 'warning',
    category: 'availability',
    description:
      'Readiness answers "should I get traffic now?", liveness "should I be restarted?". When both are the same check, a pod that is briefly overloaded or waiting for a dependency is killed instead of being taken out of rotation, and under load the restarts cascade through the whole deployment.',
    remediation: 'Make the liveness probe check only that the process is alive (a cheap endpoint, a higher failureThreshold), and keep dependency checks in the readiness probe.',
    equivalents: { 'kube-score': ['pod-probes-identical'], 'kyverno': ['other/ensure-probes-different'] },
  },
  (object) => {
    const out: Violation[] = [];
    for (const pod of object.podSpecs) {
      for (const c of pod.containers) {
        const { livenessProbe, readinessProbe } = c.container;
        if (!isObject(livenessProbe) || !isObject(readinessProbe)) continue;
        if (canonical(livenessProbe) !== canonical(readinessProbe)) continue;
        out.push({
          path: joinPointer(c.path, 'livenessProbe'),
          container: c.name,
          message: `${describeContainer(c)} uses the same check for livenessProbe and readinessProbe`,
        });
      }
    }
    return out;
  },
  { podSpecs: true },
);
