import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';

/** Env var names must be unique within a container. */
export const duplicateEnvVar = defineRule(
  {
    id: 'duplicate-env-var',
    title: 'Duplicate environment variable',
    severity: 'warning',
    category: 'availability',
    description:
      'When a container lists the same variable twice, the last entry silently wins. Patches, kustomize overlays and cdk8s `addEnv` calls that add a variable already set produce exactly this, and the value the program sees is not the one the reader expects.',
    remediation: 'Remove the duplicate entry from `env` so each name appears once.',
    equivalents: { 'kube-linter': ['duplicate-env-var'], 'kube-score': ['environment-variable-key-duplication'] },
  },
  (object) => {
    const out: Violation[] = [];
    for (let i = 0; i < object.podSpecs.length; i++) {
      const pod = object.podSpecs[i];
      for (let j = 0; j < pod.containers.length; j++) {
        const c = pod.containers[j];
        const first = new Map<string, number>();
        asArray(c.container.env).forEach((entry, index) => {
          const name = asString(asObject(entry).name);
          if (name === undefined) return;
          const earlier = first.get(name);
          if (earlier === undefined) {
            first.set(name, index);
            return;
          }
          out.push({
            path: joinPointer(c.path, 'env', index),
            container: c.name,
            message: `${describeContainer(c)} sets the environment variable "${name}" again (first at env[${earlier}]); only the last one takes effect`,
          });
        });
      }
    }
    return out;
  },
  { podSpecs: true },
);
