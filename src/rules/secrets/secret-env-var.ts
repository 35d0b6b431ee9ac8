import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString, isObject } from '../../engine/values';

/** Secrets should be mounted as files, not passed in environment variables. */
export const secretEnvVar = defineContainerRule(
  {
    id: 'secret-env-var',
    title: 'Secret passed in an environment variable',
    severity: 'warning',
    category: 'secrets',
    description:
      'Environment variables leak: they are inherited by every child process, printed by crash handlers and debug endpoints, visible in `/proc/<pid>/environ` and often logged. They also never change while the container runs, so a rotated Secret needs a restart. Mounted Secret files avoid all of this.',
    remediation: 'Mount the Secret as a volume (`secret` or `projected`) and have the program read the file, instead of `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`.',
    standards: { cis: [{ id: '5.4.1', benchmark: '1.10' }] },
    equivalents: {
      'kube-linter': ['read-secret-from-env-var'],
      'kubesec': ['SecretsAsEnvironmentVariables'],
      'checkov': ['CKV_K8S_35'],
      'kyverno': ['other/disallow-secrets-from-env-vars'],
    },
  },
  (c) => {
    let out: Violation[] | undefined;
    asArray(c.container.env).forEach((raw, index) => {
      const entry = asObject(raw);
      const ref = asObject(entry.valueFrom).secretKeyRef;
      if (!isObject(ref)) return;
      (out ??= []).push({
        path: joinPointer(c.path, 'env', index, 'valueFrom', 'secretKeyRef'),
        container: c.name,
        message: `${describeContainer(c)} reads key "${asString(ref.key) ?? ''}" of Secret "${asString(ref.name) ?? ''}" into the environment variable "${asString(entry.name) ?? ''}"`,
      });
    });
    asArray(c.container.envFrom).forEach((raw, index) => {
      const ref = asObject(raw).secretRef;
      if (!isObject(ref)) return;
      (out ??= []).push({
        path: joinPointer(c.path, 'envFrom', index, 'secretRef'),
        container: c.name,
        message: `${describeContainer(c)} loads every key of Secret "${asString(ref.name) ?? ''}" into environment variables`,
      });
    });
    return out;
  },
  { podSpecs: true, podFeatures: ['env'] },
);
