import { optionCache } from '../../engine/option-cache';
import { defineRule, Violation } from '../../engine/rule';
import { asObject, asString } from '../../engine/values';
import { isPlaceholder, isSecretKeyName, secretsInValue } from './secret-patterns';

const MAX_DECODED = 1 << 20;

/** Decodes a binaryData value, returning undefined for anything that is not reasonable base64 text. */
function decode(value: string): string | undefined {
  if (value.length > MAX_DECODED || !/^[A-Za-z0-9+/=\s]*$/.test(value)) return undefined;
  return Buffer.from(value, 'base64').toString('latin1');
}

/** ConfigMaps are not secret: anyone with read access to the namespace's configuration sees them. */
export const sensitiveConfigMap = defineRule(
  {
    id: 'sensitive-configmap',
    title: 'Secret-looking content in a ConfigMap',
    severity: 'error',
    category: 'secrets',
    description:
      'ConfigMaps are stored unencrypted, shown by `kubectl describe`, and readable by roles that may not read Secrets. This rule flags ConfigMap keys named like secrets (`DB_PASSWORD`, `apiKey`) with a non-placeholder value, and values that contain private keys, cloud or SaaS tokens, JWTs, HTTP basic credentials or bearer tokens, URLs with credentials, or password settings: `password: …` lines in embedded files, `"password":"…"` in JSON and `password=…` in connection or query strings. Findings name the key, never the value.',
    remediation: 'Move the value to a Secret (created from an external secret store) and reference it with `secretKeyRef` or a Secret volume; keep only non-secret settings in the ConfigMap.',
    standards: { nsa: ['C-0012'] },
    equivalents: { polaris: ['sensitiveConfigmapContent'], trivy: ['KSV01010', 'KSV109'] },
    defaultOptions: { ignoreKeys: [] },
  },
  (object, context) => {
    if (object.kind !== 'ConfigMap' || object.apiVersion !== 'v1') return [];
    const ignore = ignoredKeys(context.options.ignoreKeys);
    const name = object.ref.name !== undefined ? `ConfigMap "${object.ref.name}"` : 'ConfigMap';
    const out: Violation[] = [];
    for (const field of ['data', 'binaryData'] as const) {
      for (const [key, raw] of Object.entries(asObject(object.manifest[field]))) {
        if (ignore.has(key)) continue;
        const text = asString(raw) ?? (typeof raw === 'number' ? String(raw) : undefined);
        if (text === undefined) continue;
        const content = field === 'binaryData' ? decode(text) : text;
        const reasons = content === undefined ? [] : secretsInValue(content);
        if (isSecretKeyName(key) && !isPlaceholder(content ?? text)) reasons.unshift('a value under a secret-like key name');
        if (!reasons.length) continue;
        out.push({ path: object.pointer(field, key), message: `${name} ${field} key "${key}" holds ${reasons.join(' and ')}` });
      }
    }
    return out;
  },
  { kinds: ['ConfigMap'] },
);

// Stryker disable next-line MethodExpression,ArrayDeclaration: the set is only queried with the ConfigMap's string keys, so non-string entries left in it change nothing, and a made-up entry in the fallback only matters for a key of that exact name
const ignoredKeys = optionCache((value): ReadonlySet<string> => new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []));
