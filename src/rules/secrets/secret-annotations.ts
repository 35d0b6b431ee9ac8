import { appendPointer } from '../../engine/json-pointer';
import { defineRule, Violation } from '../../engine/rule';
import { SUPPRESSION_ANNOTATION } from '../../engine/suppression-syntax';
import { asObject, isObject } from '../../engine/values';
import { optionCache } from '../../engine/option-cache';
import { AnalyzedObject } from '../../engine/analyze';
import { isPlaceholder, isSecretKeyName, keyWords, secretsInValue } from './secret-patterns';

/** Annotations whose value is a whole manifest: scanned for secret values, never matched by key name. */
const VALUE_ONLY_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/**
 * Well-known annotations whose name sounds secret but whose value names a secret kept elsewhere (a
 * Secret object, a path in a secret store) or is a setting about one. Their values are still scanned.
 */
const REFERENCE_ANNOTATIONS: readonly RegExp[] = [
  // ingress-nginx: `<namespace>/<name>` or `<name>` of a Secret.
  /^nginx\.ingress\.kubernetes\.io\/(?:auth-secret|auth-tls-secret|proxy-ssl-secret)$/,
  // Vault Agent Injector: a path in Vault, the name of the TLS Secret, and on/off toggles.
  /^vault\.hashicorp\.com\/(?:agent-inject-secret-.+|tls-secret|agent-inject-token|agent-cache-use-auto-auth-token)$/,
  // kube-linter exemptions: `ignore-check.kube-linter.io/<check>: <reason>`, e.g. check `env-var-secret`.
  /^ignore-check\.kube-linter\.io\//,
];

/** Words in a key that make the value a fingerprint of a secret (Helm's `checksum/secret`), or a setting about it (`private-key-encoding`). */
const DERIVED_WORDS = new Set(['checksum', 'hash', 'digest', 'sha256', 'encoding']);

/** True when the annotation's key name alone makes its (non-placeholder) value suspect. */
function secretLikeName(key: string, value: string): boolean {
  if (VALUE_ONLY_ANNOTATIONS.has(key) || REFERENCE_ANNOTATIONS.some((re) => re.test(key))) return false;
  if (keyWords(key).some((w) => DERIVED_WORDS.has(w))) return false;
  const trimmed = value.trim();
  // An absolute path names a file holding the secret, as for env vars.
  if (isPlaceholder(trimmed) || /^\/\S*$/.test(trimmed)) return false;
  return isSecretKeyName(key.slice(key.lastIndexOf('/') + 1));
}

/**
 * Removes Go template actions (`{{ .Data.password }}`), which a controller such as the Vault agent
 * renders from a secret store: they hold no value. Linear in the length of the text.
 */
function withoutTemplateActions(value: string): string {
  // Stryker disable next-line StringLiteral: fast path; without it the loop finds no action and returns the value unchanged
  if (!value.includes('{{')) return value;
  let out = '';
  let from = 0;
  for (;;) {
    const open = value.indexOf('{{', from);
    if (open < 0) break;
    const close = value.indexOf('}}', open + 2);
    if (close < 0) break;
    out += value.slice(from, open);
    from = close + 2;
  }
  return out + value.slice(from);
}

/** What secret material an annotation holds, as descriptions (empty when none). Never includes the value. */
export function annotationSecretReasons(key: string, value: string): string[] {
  if (key === SUPPRESSION_ANNOTATION) return [];
  // A whole manifest as JSON: its settings are the object's own fields, which the other rules check.
  const reasons = secretsInValue(withoutTemplateActions(value), { settings: !VALUE_ONLY_ANNOTATIONS.has(key) });
  if (secretLikeName(key, value)) reasons.unshift('a value under a secret-like key name');
  return reasons;
}

/** Annotations are metadata: shown to everyone who can read the object and never treated as secret. */
export const secretInAnnotation = defineRule(
  {
    id: 'secret-in-annotation',
    title: 'Secret-looking annotation',
    severity: 'error',
    category: 'secrets',
    description:
      'Annotations are metadata: `kubectl describe` and `kubectl get -o yaml` print them, `kubectl apply` copies them into the `kubectl.kubernetes.io/last-applied-configuration` annotation, anyone who can read the object can read them, and they are not encrypted at rest the way Secrets can be; pod template annotations are copied onto every pod. This rule checks the annotations of every object and of every pod template in it (including CronJob job templates): it flags annotations whose name (the part after the `/`) reads like a secret (`example.com/api-token`) with a non-placeholder value, and values that contain private keys, cloud or SaaS tokens, JWTs, HTTP basic credentials or bearer tokens (e.g. in an ingress-nginx `configuration-snippet`), URLs with credentials or password settings (`password=…` lines, `"password":"…"` in JSON, `password=…` in connection strings). Well-known annotations that only refer to a secret kept elsewhere (ingress-nginx `auth-secret`, Vault Agent `agent-inject-secret-*` paths, Helm `checksum/secret`) are only scanned for secret values. Findings name the annotation, never the value.',
    remediation:
      'Move the value to a Secret (created from an external secret store, e.g. by External Secrets or Sealed Secrets) and have the consumer reference that Secret by name; rotate the exposed credential. Add keys that only name a secret to `ignoreKeys`.',
    standards: { nsa: ['C-0012'] },
    defaultOptions: { ignoreKeys: [] },
  },
  (object, context) => {
    const ignore = ignoredKeys(context.options.ignoreKeys);
    const out: Violation[] = [];
    // Most objects have no annotations: their pointers are not even built (this rule sees every object).
    // Stryker disable next-line ConditionalExpression: fast path; checkAnnotations finds nothing in an empty map either
    if (hasEntries(object.metadata.annotations)) checkAnnotations(out, object, object.metadata.annotations, object.pointer('metadata', 'annotations'), 'annotation', ignore);
    for (let i = 0; i < object.podSpecs.length; i++) {
      const pod = object.podSpecs[i];
      // Stryker disable next-line ConditionalExpression: fast path; checkAnnotations finds nothing in an empty map either
      if (!hasEntries(pod.metadata.annotations)) continue;
      // A Pod's own metadata is its pod template: already checked above.
      if (pod.metadataPath === object.pointer('metadata')) continue;
      checkAnnotations(out, object, pod.metadata.annotations, appendPointer(pod.metadataPath, 'annotations'), 'pod template annotation', ignore);
    }
    return out;
  },
);

// Stryker disable next-line ArrayDeclaration,MethodExpression: the set is only queried with string annotation keys, so non-string entries left in it change nothing, and a made-up entry in the fallback only matters for an annotation of that exact key
const ignoredKeys = optionCache((value) => new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []));

/** True for an object with at least one own key. */
// Stryker disable all: only decides whether checkAnnotations runs, and it finds nothing where this says false (asObject gives non-objects no keys); only speed differs
function hasEntries(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return true;
  return false;
}
// Stryker restore all

/** Reports the secret-looking entries of one annotations map (most objects have none: nothing is built for them). */
function checkAnnotations(out: Violation[], object: AnalyzedObject, annotations: unknown, base: string, where: string, ignore: ReadonlySet<string>): void {
  const map = asObject(annotations);
  for (const key in map) {
    if (!Object.prototype.hasOwnProperty.call(map, key)) continue;
    const value = map[key];
    if (typeof value !== 'string' || ignore.has(key)) continue;
    const reasons = annotationSecretReasons(key, value);
    if (!reasons.length) continue;
    const name = object.ref.name !== undefined ? `${object.kind || 'Object'} "${object.ref.name}"` : object.kind || 'Object';
    out.push({ path: appendPointer(base, key), message: `${name} ${where} "${key}" holds ${reasons.join(' and ')}` });
  }
}
