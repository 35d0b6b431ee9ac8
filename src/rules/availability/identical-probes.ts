import { containerMessage } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { defineContainerRule } from '../../engine/rule';
import { isObject } from '../../engine/values';

/** Far more than any real probe has; past it the value is not a probe the API would accept anyway. */
const MAX_DEPTH = 32;
const MAX_NODES = 2_000;
const TOO_LARGE = Symbol('too large');

/**
 * JSON with sorted keys, so key order does not hide equality; undefined when the value is too
 * large to be a real probe. The node budget matters: objects built in code can share children,
 * and a depth limit alone would still let a shared-child chain cost 2^depth steps.
 */
function canonical(root: unknown): string | undefined {
  let nodes = 0;
  const render = (value: unknown, depth: number): string => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) throw TOO_LARGE;
    if (Array.isArray(value)) return `[${value.map((v) => render(v, depth + 1)).join(',')}]`;
    if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${render(value[k], depth + 1)}`).join(',')}}`;
    return JSON.stringify(value) ?? 'null';
  };
  try {
    return render(root, 0);
  } catch (e) {
    if (e === TOO_LARGE) return undefined;
    throw e;
  }
}
/** Liveness and readiness probes should differ. */
export const identicalProbes = defineContainerRule(
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
  (c) => {
    const { livenessProbe, readinessProbe } = c.container;
    // Stryker disable next-line LogicalOperator: with exactly one probe an object and the other not, the canonical forms always differ, so `&&` gives the same result
    if (!isObject(livenessProbe) || !isObject(readinessProbe)) return undefined;
    const liveness = canonical(livenessProbe);
    if (liveness === undefined || liveness !== canonical(readinessProbe)) return undefined;
    return {
      path: appendPointer(c.path, 'livenessProbe'),
      container: c.name,
      message: containerMessage(c, 'uses the same check for livenessProbe and readinessProbe'),
    };
  },
  { podSpecs: true, podFeatures: ['livenessAndReadinessProbes'] },
);
