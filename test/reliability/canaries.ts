import { Finding } from '../../src/engine/types';

/** Unique marker in every planted value: no output may contain it, in clear or base64. */
export const CANARY_MARK = 'CANARY-s3cr3t';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A secret value planted in a manifest, and where a secrets rule should report it. */
export interface PlantedSecret {
  readonly label: string;
  readonly value: string;
  readonly kind: string;
  /** Pointer of the field holding the value; a finding on it or on `parent` counts. */
  readonly pointer: string;
  readonly parent: string;
  /** Matches the id or title of a secrets-category rule meant to catch this kind of plant. */
  readonly ruleHint: RegExp;
}

export const PLANTED: readonly PlantedSecret[] = [
  { label: 'Secret data (base64)', value: `${CANARY_MARK}-data-7f3a91`, kind: 'Secret', pointer: '/data/password', parent: '/data', ruleHint: /plaintext|secret value/i },
  { label: 'Secret stringData', value: `${CANARY_MARK}-string-91bc02`, kind: 'Secret', pointer: '/stringData/api-key', parent: '/stringData', ruleHint: /plaintext|secret value/i },
  { label: 'env value with a secret name', value: `${CANARY_MARK}-env-42aa17`, kind: 'Deployment', pointer: '/spec/template/spec/containers/0/env/1', parent: '/spec/template/spec/containers/0/env', ruleHint: /literal|env/i },
  { label: 'ConfigMap key that looks secret', value: `${CANARY_MARK}-cm-55de33`, kind: 'ConfigMap', pointer: '/data/db-password', parent: '/data', ruleHint: /^(?!.*reference).*configmap/i },
  { label: 'ConfigMap PEM private key', value: `-----BEGIN RSA PRIVATE KEY-----\nMIIB${CANARY_MARK}-pem-0d0d\n-----END RSA PRIVATE KEY-----\n`, kind: 'ConfigMap', pointer: '/data/tls.key', parent: '/data', ruleHint: /^(?!.*reference).*configmap/i },
  { label: 'annotation', value: `${CANARY_MARK}-annotation-0c0c`, kind: 'Deployment', pointer: '/metadata/annotations/example.com~1api-token', parent: '/metadata/annotations', ruleHint: /annotation/i },
];

const value = (label: string) => PLANTED.find((p) => p.label === label)!.value;

/** The manifests carrying every planted secret (plus a clean one), as plain objects. */
export function canaryManifests(): Record<string, unknown>[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'team' },
      type: 'Opaque',
      data: { password: b64(value('Secret data (base64)')) },
      stringData: { 'api-key': value('Secret stringData') },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'team', annotations: { 'example.com/api-token': value('annotation') } },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            containers: [
              {
                name: 'app',
                image: 'registry.example.com/web:1.0.0',
                env: [
                  { name: 'MODE', value: 'prod' },
                  { name: 'DB_PASSWORD', value: value('env value with a secret name') },
                ],
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg', namespace: 'team' },
      data: { mode: 'prod', 'db-password': value('ConfigMap key that looks secret'), 'tls.key': value('ConfigMap PEM private key') },
    },
  ];
}

/** Every form a planted value could leak in: the marker, each value and its base64 encoding. */
export function leakedForms(): string[] {
  const forms = new Set<string>([CANARY_MARK, b64(CANARY_MARK).slice(0, 16)]);
  for (const p of PLANTED) {
    forms.add(p.value.trim());
    forms.add(b64(p.value));
  }
  return [...forms];
}

/** The forms of planted values found in `text` (empty when nothing leaked). */
export function leaks(text: string): string[] {
  return leakedForms().filter((f) => text.includes(f));
}

/** True when a finding reports the planted secret (on its field or the map holding it). */
export function reports(f: Finding, p: PlantedSecret): boolean {
  return f.resource.kind === p.kind && (f.path === p.parent || f.path === p.pointer || f.path.startsWith(p.pointer + '/'));
}
