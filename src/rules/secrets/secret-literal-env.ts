import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';
import { isPlaceholder, isSecretKeyName, secretsInValue } from './secret-patterns';

/** Shell variables whose names contain a secret word but hold none (`PWD` is the working directory). */
const SHELL_VARIABLES = new Set(['PWD', 'OLDPWD']);

/**
 * Why a literal env var looks like a secret, or undefined. Never includes the value. Uses the same
 * recognizers as the ConfigMap rule, plus env-specific exceptions: shell variables and values that
 * are absolute paths (`DB_PASSWORD=/run/secrets/db` names a file, it is not the password).
 */
export function secretReason(name: string, value: string): string | undefined {
  const found = secretsInValue(value);
  if (found.length) return `the value contains ${found.join(' and ')}`;
  const trimmed = value.trim();
  if (isPlaceholder(trimmed) || /^\/\S*$/.test(trimmed) || SHELL_VARIABLES.has(name.trim().toUpperCase())) return undefined;
  return isSecretKeyName(name) ? 'its name suggests a credential' : undefined;
}

/** Credentials must not be written into manifests as literal env values. */
export const secretLiteralEnv = defineContainerRule(
  {
    id: 'secret-literal-env',
    title: 'Secret written as a literal environment value',
    severity: 'error',
    category: 'secrets',
    description:
      'A password, token or key written into `env[].value` is stored in plain text in the repository, the synthesized YAML, the API server, `kubectl get -o yaml` output and every backup, readable by anyone who can read the workload. Variables are flagged by credential-like names (PASSWORD, SECRET, TOKEN, API_KEY, …, but not `*_FILE`, `*_NAME`, `*_TTL`, …) or by the value (PEM private keys, URLs with passwords, well-known token formats, `Basic`/`Bearer` credentials, password settings in connection strings, JSON or embedded files); placeholders such as `$(VAR)` and absolute file paths pass. The finding names the variable and never repeats the value.',
    remediation: 'Move the value into a Secret (created outside the manifests, e.g. by External Secrets or Sealed Secrets) and mount it as a file; rotate the exposed credential.',
    standards: { nsa: ['C-0012'] },
    equivalents: { 'polaris': ['sensitiveContainerEnvVar'], 'kube-linter': ['env-var-secret'] },
  },
  (c) => {
    let out: Violation[] | undefined;
    asArray(c.container.env).forEach((raw, index) => {
      const entry = asObject(raw);
      const name = asString(entry.name) ?? '';
      const value = asString(entry.value);
      if (value === undefined) return;
      const reason = secretReason(name, value);
      if (!reason) return;
      (out ??= []).push({
        path: joinPointer(c.path, 'env', index, 'value'),
        container: c.name,
        message: `${describeContainer(c)} sets the environment variable "${name}" to a literal value that looks like a secret (${reason})`,
      });
    });
    return out;
  },
  { podSpecs: true, podFeatures: ['env'] },
);
