/**
 * Recognizers for secret-looking configuration. They return only descriptions of what matched,
 * so callers cannot leak the value into a finding by accident.
 */

/** Words that make a key name look like it holds a secret. */
const SECRET_WORDS = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'credential', 'credentials',
  'privatekey', 'accesskey', 'secretkey', 'clientsecret', 'sessionkey', 'signingkey', 'encryptionkey',
]);

/** Last words that make the key a reference to a secret, not the secret itself. */
const REFERENCE_WORDS = new Set([
  'file', 'path', 'dir', 'name', 'names', 'ref', 'env', 'length', 'len', 'ttl', 'expiry', 'expiration', 'timeout', 'enabled', 'enable',
  'disabled', 'required', 'type', 'url', 'uri', 'endpoint', 'header', 'policy', 'min', 'max', 'format', 'mode', 'id', 'version', 'location',
  'lifetime', 'duration', 'seconds', 'count', 'size', 'algorithm', 'issuer', 'audience', 'scope', 'scopes', 'prefix', 'user', 'username',
]);

/** Splits `DB_PASSWORD`, `dbPassword`, `db.password-file` into lower-case words. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // Stryker disable next-line Regex: splitting on single separators only adds empty words, which filter(Boolean) drops on the next line
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** True when a key name says it holds a secret (`DB_PASSWORD`, `apiKey`), not a reference to one (`PASSWORD_FILE`). */
export function isSecretKeyName(key: string): boolean {
  const words = keyWords(key);
  if (!words.length || REFERENCE_WORDS.has(words[words.length - 1])) return false;
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i])) return true;
    // Two-word forms: api key, private key, access key, client secret, secret key.
    if (i + 1 < words.length && SECRET_WORDS.has(words[i] + words[i + 1])) return true;
  }
  return false;
}

/** True for values that are clearly not a secret: empty, a template placeholder or a toggle. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '' || /^(true|false|yes|no|on|off|null|none|-)$/i.test(v)) return true;
  return /^\$\{[^}]*\}$|^\$\([^)]*\)$|^\{\{.*\}\}$|^<[^>]*>$|^%\([^)]*\)s$|^\*+$/.test(v);
}

const VALUE_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, 'a PEM private key'],
  [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{50,}\b/, 'a GitHub token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'a GitLab token'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\bsk_live_[0-9A-Za-z]{16,}\b/, 'a Stripe secret key'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, 'a JSON Web Token'],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]+@[^\s/]+/i, 'a URL with embedded credentials'],
  // An opaque token after `Bearer` (JWTs have their own label); letters and digits, so prose is not one.
  [/\bBearer\s+(?!eyJ)(?=[\w.~+/-]*\d)(?=[\w.~+/-]*[A-Za-z])[\w.~+/-]{16,}/, 'a bearer token'],
];

/** `Basic <base64>` as in an HTTP Authorization header (nginx snippets, probes, webhook configs). */
const BASIC_AUTHORIZATION = /\bBasic\s+([A-Za-z0-9+/]{4,}={0,2})(?![\w+/=])/g;

/** True when a `Basic` credential decodes to `user:password` (prose such as "Basic authentication" does not). */
function hasBasicCredentials(value: string): boolean {
  for (const m of value.matchAll(BASIC_AUTHORIZATION)) {
    if (/^[\x21-\x7e][\x20-\x7e]*:[\x20-\x7e]+$/.test(Buffer.from(m[1], 'base64').toString('latin1'))) return true;
  }
  return false;
}

/** `password = value` / `password: value` lines (embedded configuration files, or a single line). */
const ASSIGNMENT = /^\s*["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*["']?([^"'\s#]+)/;

/**
 * Settings inside a line: `"password":"value"` in compact JSON (keys and values quoted, after `{` or
 * `,`), and `password=value` after a space, `;`, `&` or `?` (connection strings, query strings,
 * `.env` lines with several settings). Prose such as "rotate the token: weekly" is not a setting.
 */
const INLINE_SETTINGS: readonly RegExp[] = [
  /[{,]\s*"([A-Za-z0-9_.-]+)"\s*:\s*"([^"\s]+)"/g,
  /[\s;&?]([A-Za-z0-9_.-]+)=["']?([^"'\s#;&]+)/g,
];

/**
 * Descriptions of the secret material found in a value (empty when none). `settings: false` only
 * looks for secret values (keys, tokens, URLs with credentials), not for `password=` settings.
 */
export function secretsInValue(value: string, { settings = true }: { readonly settings?: boolean } = {}): string[] {
  const found: string[] = [];
  for (let i = 0; i < VALUE_PATTERNS.length; i++) {
    const [pattern, label] = VALUE_PATTERNS[i];
    if (pattern.test(value)) found.push(label);
  }
  if (hasBasicCredentials(value)) found.push('HTTP basic credentials');
  if (!settings) return found;
  const setting = (key: string, settingValue: string) => {
    if (isSecretKeyName(key) && !isPlaceholder(settingValue)) found.push(`a "${key}" setting`);
  };
  const lines = value.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = ASSIGNMENT.exec(line);
    if (m) setting(m[1], m[2]);
  }
  for (let i = 0; i < INLINE_SETTINGS.length; i++) {
    const pattern = INLINE_SETTINGS[i];
    for (const m of value.matchAll(pattern)) setting(m[1], m[2]);
  }
  return [...new Set(found)];
}
