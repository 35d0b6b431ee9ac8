import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';

/** Env var names must be unique within a container. */
export const duplicateEnvVar = defineContainerRule(
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
  (c) => {
    const env = asArray(c.container.env);
    // Stryker disable next-line EqualityOperator,ConditionalExpression: one entry or none has no duplicate; the loop below finds none either
    if (env.length < 2) return undefined;
    const out: Violation[] = [];
    const first = new Map<string, number>();
    // Stryker disable next-line EqualityOperator: one round past the end reads undefined, which has no name, so that round is skipped
    for (let index = 0; index < env.length; index++) {
      const name = asString(asObject(env[index]).name);
      if (name === undefined) continue;
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, index);
        continue;
      }
      out.push({
        path: joinPointer(c.path, 'env', index),
        container: c.name,
        message: `${describeContainer(c)} sets the environment variable "${name}" again (first at env[${earlier}]); only the last one takes effect`,
      });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['env'] },
);
