import { SUPPRESSION_ANNOTATION } from '../../../src/engine/suppression-syntax';
import { annotationSecretReasons, secretInAnnotation } from '../../../src/rules/secrets/secret-annotations';
import { cronJob, deployment, runRule, safeContainer } from '../../support/manifests';

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretmaterial\n-----END RSA PRIVATE KEY-----\n';
const AWS = 'AKIAIOSFODNN7EXAMPLE';
const TOKEN = 'Xq7-annotation-T0ken-9f2c';
const PASSWORD = 'S3cr3t!pa55';

const spec = { containers: [safeContainer()] };

/** A ConfigMap (no pod template) with annotations. */
function annotated(annotations: Record<string, unknown>, kind = 'ConfigMap'): Record<string, unknown> {
  return { apiVersion: 'v1', kind, metadata: { name: 'cfg', namespace: 'team', annotations }, data: { mode: 'prod' } };
}

/** A Deployment `web` with annotations on the object and on its pod template. */
function web(objectAnnotations: Record<string, unknown>, templateAnnotations?: Record<string, unknown>): Record<string, unknown> {
  const d = deployment(spec, 'web') as { metadata: Record<string, unknown>; spec: { template: { metadata: Record<string, unknown> } } };
  d.metadata.annotations = objectAnnotations;
  if (templateAnnotations) d.spec.template.metadata.annotations = templateAnnotations;
  return d;
}

const report = (manifests: unknown[], options?: Record<string, unknown>) =>
  runRule(secretInAnnotation, manifests, options ? { ruleOptions: options } : {})
    .filter((f) => f.ruleId === secretInAnnotation.meta.id)
    .map((f) => [f.path, f.message]);

describe('secret-in-annotation', () => {
  test('reports a secret-like annotation name on the object, with an escaped pointer', () => {
    expect(report([web({ 'example.com/api-token': TOKEN, 'example.com/owner': 'team-a' })])).toEqual([
      ['/metadata/annotations/example.com~1api-token', 'Deployment "web" annotation "example.com/api-token" holds a value under a secret-like key name'],
    ]);
  });

  test('reports annotations of the pod template', () => {
    expect(report([web({}, { 'example.com/db-password': PASSWORD })])).toEqual([
      ['/spec/template/metadata/annotations/example.com~1db-password', 'Deployment "web" pod template annotation "example.com/db-password" holds a value under a secret-like key name'],
    ]);
  });

  test('reports annotations of a CronJob and of its job template\'s pod template', () => {
    const cj = cronJob(spec, 'nightly') as { metadata: Record<string, unknown>; spec: { jobTemplate: { spec: { template: { metadata: Record<string, unknown> } } } } };
    cj.metadata.annotations = { apiKey: TOKEN };
    cj.spec.jobTemplate.spec.template.metadata.annotations = { 'backup.example.com/credentials': `aws_access_key_id=${AWS}` };
    expect(report([cj])).toEqual([
      ['/metadata/annotations/apiKey', 'CronJob "nightly" annotation "apiKey" holds a value under a secret-like key name'],
      [
        '/spec/jobTemplate/spec/template/metadata/annotations/backup.example.com~1credentials',
        'CronJob "nightly" pod template annotation "backup.example.com/credentials" holds a value under a secret-like key name and an AWS access key id',
      ],
    ]);
  });

  test('reports a Pod\'s annotations once (its metadata is its pod template)', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'team', annotations: { 'example.com/token': TOKEN } }, spec };
    expect(report([pod])).toEqual([['/metadata/annotations/example.com~1token', 'Pod "p" annotation "example.com/token" holds a value under a secret-like key name']]);
  });

  test('finds secret values under any name: PEM keys, tokens, URLs with credentials, password= lines', () => {
    const findings = report([
      annotated({
        'example.com/ca': PEM,
        'example.com/backup': `aws_access_key_id=${AWS}`,
        'example.com/database': `postgres://app:${PASSWORD}@db:5432/app`,
        'example.com/config': `host=db\npassword=${PASSWORD}\n`,
        'example.com/jwt': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      }),
    ]);
    expect(findings).toEqual([
      ['/metadata/annotations/example.com~1ca', 'ConfigMap "cfg" annotation "example.com/ca" holds a PEM private key'],
      ['/metadata/annotations/example.com~1backup', 'ConfigMap "cfg" annotation "example.com/backup" holds an AWS access key id'],
      ['/metadata/annotations/example.com~1database', 'ConfigMap "cfg" annotation "example.com/database" holds a URL with embedded credentials'],
      ['/metadata/annotations/example.com~1config', 'ConfigMap "cfg" annotation "example.com/config" holds a "password" setting'],
      ['/metadata/annotations/example.com~1jwt', 'ConfigMap "cfg" annotation "example.com/jwt" holds a JSON Web Token'],
    ]);
  });

  test('no finding field ever contains the secret value', () => {
    const findings = runRule(secretInAnnotation, [
      web(
        { 'example.com/api-token': TOKEN, 'example.com/ca': PEM, 'example.com/url': `https://app:${PASSWORD}@api.example.com/` },
        { 'example.com/password': PASSWORD, 'example.com/aws': AWS },
      ),
    ]);
    expect(findings).toHaveLength(5);
    for (const f of findings) {
      for (const value of Object.values(f)) {
        const text = JSON.stringify(value);
        for (const secret of [TOKEN, PASSWORD, AWS, 'MIIEowIBAAKCAQEAsecretmaterial']) expect(text).not.toContain(secret);
      }
    }
  });

  test('placeholders, toggles, file paths and empty values are not reported', () => {
    expect(
      report([
        annotated({
          'example.com/api-token': '${API_TOKEN}',
          'example.com/password': '',
          'example.com/secret': '<set-me>',
          'example.com/client-secret': '{{ .Values.clientSecret }}',
          'example.com/inject-token': 'true',
          'example.com/token': '/var/run/secrets/tokens/api',
          'example.com/db-password': '********',
        }),
      ]),
    ).toEqual([]);
  });

  test('well-known annotations are not false positives', () => {
    const known = {
      'prometheus.io/path': '/metrics',
      'prometheus.io/scrape': 'true',
      'cert-manager.io/issuer': 'letsencrypt',
      'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
      'cert-manager.io/private-key-algorithm': 'ECDSA',
      'cert-manager.io/private-key-encoding': 'PKCS8',
      'nginx.ingress.kubernetes.io/auth-secret': 'team/basic-auth',
      'nginx.ingress.kubernetes.io/auth-secret-type': 'auth-map',
      'nginx.ingress.kubernetes.io/auth-tls-secret': 'team/ca-secret',
      'nginx.ingress.kubernetes.io/proxy-ssl-secret': 'team/upstream-tls',
      'nginx.ingress.kubernetes.io/auth-url': 'https://auth.example.com/oauth2/auth',
      'external-dns.alpha.kubernetes.io/hostname': 'web.example.com',
      'vault.hashicorp.com/agent-inject': 'true',
      'vault.hashicorp.com/role': 'web',
      'vault.hashicorp.com/agent-inject-secret-db': 'database/creds/db',
      'vault.hashicorp.com/agent-inject-template-db':
        '{{- with secret "database/creds/db" -}}\npassword: {{ .Data.password }}\npostgres://{{.Data.username}}:{{.Data.password}}@db:5432/app\n{{- end -}}\n',
      'vault.hashicorp.com/tls-secret': 'vault-tls',
      'vault.hashicorp.com/agent-cache-use-auto-auth-token': 'force',
      'checksum/secret': 'f2ca1bb6c7e907d06dafe4687e579fce76b37e4e93b7605022da52e6ccc26fd2',
      'ignore-check.kube-linter.io/env-var-secret': 'the value is a reference to a Vault path',
      'kubernetes.io/service-account.name': 'web',
      'kubernetes.io/enforce-mountable-secrets': 'true',
      'sealedsecrets.bitnami.com/namespace-wide': 'true',
      'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"annotations":{"example.com/token-name":"t"},"name":"cfg"}}',
      [SUPPRESSION_ANNOTATION]: '- rules: [secret-in-annotation]\n  reason: documented false positive of this rule\n  password: not-a-real-one\n',
    };
    expect(report([annotated(known, 'Ingress'), web(known, known)])).toEqual([]);
  });

  test('reference annotations are still scanned for secret values', () => {
    expect(report([annotated({ 'nginx.ingress.kubernetes.io/auth-secret': PEM, 'kubectl.kubernetes.io/last-applied-configuration': `{"data":{"url":"https://app:${PASSWORD}@api.example.com/"}}` })])).toEqual([
      ['/metadata/annotations/nginx.ingress.kubernetes.io~1auth-secret', 'ConfigMap "cfg" annotation "nginx.ingress.kubernetes.io/auth-secret" holds a PEM private key'],
      ['/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration', 'ConfigMap "cfg" annotation "kubectl.kubernetes.io/last-applied-configuration" holds a URL with embedded credentials'],
    ]);
  });

  test('settings inside one-line values are found: compact JSON and connection strings', () => {
    expect(annotationSecretReasons('example.com/config', `{"endpoint":"https://api.example.com","apiKey":"${TOKEN}"}`)).toEqual(['a "apiKey" setting']);
    expect(annotationSecretReasons('example.com/database', `host=db port=5432 password=${PASSWORD}`)).toEqual(['a "password" setting']);
    expect(annotationSecretReasons('example.com/description', 'Rotates the API token: weekly')).toEqual([]);
  });

  test('credentials in an Authorization header of a proxy snippet are found; prose about them is not', () => {
    const basic = Buffer.from(`admin:${PASSWORD}`).toString('base64');
    expect(annotationSecretReasons('nginx.ingress.kubernetes.io/configuration-snippet', `proxy_set_header Authorization "Basic ${basic}";`)).toEqual(['HTTP basic credentials']);
    expect(annotationSecretReasons('nginx.ingress.kubernetes.io/configuration-snippet', 'proxy_set_header Authorization "Bearer 8f14e45fceea167a5a36dedd4bea2543";')).toEqual(['a bearer token']);
    // Base64 that does not decode to user:password, and words after Basic/Bearer, are not credentials.
    const binary = (text: string, at: 'start' | 'end') => Buffer.concat(at === 'start' ? [Buffer.from([1]), Buffer.from(text)] : [Buffer.from(text), Buffer.from([1])]).toString('base64');
    const prose = [
      'Basic authentication for the admin UI',
      `Basic ${Buffer.from('no-colon-here').toString('base64')}`,
      // user:password must be the whole decoded text, printable from its first byte to its last.
      `Basic ${binary('admin:pw', 'start')}`,
      `Basic ${binary('admin:pw', 'end')}`,
      'Bearer token-based-authentication-flow',
      'Bearer ${TOKEN}',
      'Basic {{ .Values.auth }}',
    ];
    for (const text of prose) expect(annotationSecretReasons('example.com/notes', text)).toEqual([]);
    expect(JSON.stringify(report([annotated({ 'nginx.ingress.kubernetes.io/configuration-snippet': `Basic ${basic}` })]))).not.toContain(basic);
  });

  test('last-applied-configuration is not matched by its name, and its JSON is not read as a setting line', () => {
    expect(annotationSecretReasons('kubectl.kubernetes.io/last-applied-configuration', '{"data":{"password":"hunter2"}}')).toEqual([]);
    expect(annotationSecretReasons('kubectl.kubernetes.io/last-applied-configuration', '{"data":{"dsn":"host=db password=hunter2"}}\n  password: hunter2')).toEqual([]);
    // Its secret values are still found (the test above: reference annotations are still scanned).
    expect(annotationSecretReasons('kubectl.kubernetes.io/last-applied-configuration', `{"data":{"key":"${AWS}"}}`)).toEqual(['an AWS access key id']);
  });

  test('skips the suppression annotation, non-string values and malformed annotations', () => {
    expect(annotationSecretReasons(SUPPRESSION_ANNOTATION, PEM)).toEqual([]);
    expect(report([annotated({ 'example.com/token': 12345678, 'example.com/password': true, 'example.com/api-key': { nested: PASSWORD } })])).toEqual([]);
    expect(report([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', annotations: 'password=hunter2' } }])).toEqual([]);
    expect(report([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', annotations: [PEM] } }])).toEqual([]);
  });

  test('template actions are ignored without slowing down on unclosed braces', () => {
    expect(annotationSecretReasons('example.com/template', 'password: "{{ .Data.password }}"\nuser={{ .Data.user }}')).toEqual([]);
    expect(annotationSecretReasons('example.com/template', `{{ x }}\npassword=${PASSWORD}`)).toEqual(['a "password" setting']);
    // Unclosed braces end the scan in one pass (a quadratic search would hang here).
    expect(annotationSecretReasons('example.com/template', '{{'.repeat(200_000) + '}}'.repeat(10))).toEqual([]);
  });

  test('only the map\'s own annotations are read, not ones inherited through its prototype', () => {
    const annotations = Object.create({ 'example.com/api-token': TOKEN }) as Record<string, unknown>;
    annotations['example.com/owner'] = 'team-a';
    expect(report([annotated(annotations)])).toEqual([]);
  });

  test('ignoreKeys skips annotations on the object and on pod templates', () => {
    expect(report([web({ 'example.com/api-token': TOKEN }, { 'example.com/api-token': TOKEN })], { ignoreKeys: ['example.com/api-token'] })).toEqual([]);
  });

  test('an object without a name is named by its kind', () => {
    expect(report([{ apiVersion: 'v1', kind: 'Service', metadata: { annotations: { 'example.com/token': TOKEN } } }]).map(([, m]) => m)).toEqual([
      'Service annotation "example.com/token" holds a value under a secret-like key name',
    ]);
  });

  test('only the name part of a key counts, and only a whole absolute path is a file reference', () => {
    // The prefix is a domain, not a name: "token.example.com/owner" is about an owner.
    expect(annotationSecretReasons('token.example.com/owner', 'alice')).toEqual([]);
    expect(annotationSecretReasons('example.com/db-password', '  /var/run/secrets/db  ')).toEqual([]);
    const named = ['a value under a secret-like key name'];
    expect(annotationSecretReasons('example.com/api-token', 'abc/def123')).toEqual(named);
    expect(annotationSecretReasons('example.com/api-token', '/not a path')).toEqual(named);
  });

  test('text around template actions is still scanned', () => {
    expect(annotationSecretReasons('example.com/config', `token=${TOKEN}{{ .x }}`)).toEqual(['a "token" setting']);
    expect(annotationSecretReasons('example.com/config', `{{ .a }}{{ .b }}\ntoken=${TOKEN}`)).toEqual(['a "token" setting']);
    expect(annotationSecretReasons('example.com/config', `x}}\n{{ .a }}\ntoken=${TOKEN}`)).toEqual(['a "token" setting']);
    // An unclosed action keeps the rest of the text.
    expect(annotationSecretReasons('example.com/config', `{{ .a\ntoken=${TOKEN}`)).toEqual(['a "token" setting']);
    // ... also when plain text comes before it.
    expect(annotationSecretReasons('example.com/config', `user=app\n{{ .a\ntoken=${TOKEN}`)).toEqual(['a "token" setting']);
  });

  test('an object without a kind or name is called Object', () => {
    expect(report([{ apiVersion: 'v1', metadata: { name: 'x', annotations: { 'example.com/token': TOKEN } } }, { apiVersion: 'v1', metadata: { annotations: { 'example.com/token': TOKEN } } }])).toEqual([
      ['/metadata/annotations/example.com~1token', 'Object "x" annotation "example.com/token" holds a value under a secret-like key name'],
      ['/metadata/annotations/example.com~1token', 'Object annotation "example.com/token" holds a value under a secret-like key name'],
    ]);
  });

  test('the object is named by kind and name in every message, and non-string ignoreKeys entries are dropped', () => {
    expect(report([annotated({ 'example.com/token': TOKEN })], { ignoreKeys: [7, 'example.com/other'] })).toEqual([
      ['/metadata/annotations/example.com~1token', 'ConfigMap "cfg" annotation "example.com/token" holds a value under a secret-like key name'],
    ]);
    // ignoreKeys that is not a list is no list of keys: nothing is skipped.
    expect(report([annotated({ 'example.com/token': TOKEN })], { ignoreKeys: 'example.com/token' })).toEqual([
      ['/metadata/annotations/example.com~1token', 'ConfigMap "cfg" annotation "example.com/token" holds a value under a secret-like key name'],
    ]);
  });
});
