import { deployment, externalSecret, mutate, podDisruptionBudget, roleBinding, sealedSecret, secretProviderClass, service } from './fixtures';
import { kubernetesSchemaVersion, SchemaResult, validateManifests } from './harness';

/**
 * Proves the harness bites: each invalid manifest must fail with the named error at the named
 * path, and the valid ones must pass. All cases go through one validator process.
 */
interface Case {
  readonly name: string;
  readonly manifest: unknown;
  /** Expected errors: [path, message pattern]; empty = must be valid. */
  readonly errors: ReadonlyArray<readonly [string, RegExp]>;
}

const K8S = kubernetesSchemaVersion();

const VALID: Case[] = [
  { name: 'apps/v1 Deployment', manifest: deployment(), errors: [] },
  { name: 'v1 Service', manifest: service(), errors: [] },
  { name: 'rbac RoleBinding', manifest: roleBinding(), errors: [] },
  { name: 'policy/v1 PodDisruptionBudget with a percentage (int-or-string)', manifest: podDisruptionBudget(), errors: [] },
  { name: 'SealedSecret', manifest: sealedSecret(), errors: [] },
  {
    name: 'SealedSecret with extra template metadata (x-kubernetes-preserve-unknown-fields)',
    manifest: mutate(sealedSecret(), (m) => (m.spec.template.metadata.ownerReferences = [])),
    errors: [],
  },
  { name: 'ExternalSecret v1', manifest: externalSecret(), errors: [] },
  { name: 'SecretProviderClass v1', manifest: secretProviderClass(), errors: [] },
  { name: 'ConfigMap with arbitrary data keys (a map, not fields)', manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', annotations: { 'a.example/x': 'y' } }, data: { 'app.yaml': 'x: 1', 'LOG_LEVEL': 'info' } }, errors: [] },
  {
    name: 'CustomResourceDefinition with a nested free-form schema',
    manifest: {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets' },
        scope: 'Namespaced',
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } } } }],
      },
    },
    errors: [],
  },
];

const INVALID: Case[] = [
  // Wrong types.
  { name: 'Deployment replicas as a string', manifest: mutate(deployment(), (m) => (m.spec.replicas = '2')), errors: [['/spec/replicas', /must be integer/]] },
  {
    name: 'containerPort as a string',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.containers[0].ports[0].containerPort = '8080')),
    errors: [['/spec/template/spec/containers/0/ports/0/containerPort', /must be integer/]],
  },
  {
    name: 'allowPrivilegeEscalation as the string "false"',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = 'false')),
    errors: [['/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation', /must be boolean/]],
  },
  {
    name: 'memory limit that is not a quantity',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.containers[0].resources.limits.memory = '256 MB')),
    errors: [['/spec/template/spec/containers/0/resources/limits/memory', /format "quantity"/]],
  },
  {
    name: 'label value that is not a string',
    manifest: mutate(service(), (m) => (m.metadata.labels = { tier: 1 })),
    errors: [['/metadata/labels/tier', /must be string/]],
  },
  { name: 'SealedSecret encryptedData value not a string', manifest: mutate(sealedSecret(), (m) => (m.spec.encryptedData.password = 42)), errors: [['/spec/encryptedData/password', /must be string/]] },
  { name: 'SecretProviderClass parameter not a string', manifest: mutate(secretProviderClass(), (m) => (m.spec.parameters.port = 8200)), errors: [['/spec/parameters/port', /must be string/]] },
  // Enums.
  {
    name: 'imagePullPolicy outside its enum',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes')),
    errors: [['/spec/template/spec/containers/0/imagePullPolicy', /must be one of "Always", "IfNotPresent", "Never"/]],
  },
  { name: 'ExternalSecret store kind outside its enum', manifest: mutate(externalSecret(), (m) => (m.spec.secretStoreRef.kind = 'Vault')), errors: [['/spec/secretStoreRef/kind', /must be one of "SecretStore", "ClusterSecretStore"/]] },
  // Missing required fields.
  {
    name: 'container without a name',
    manifest: mutate(deployment(), (m) => delete m.spec.template.spec.containers[0].name),
    errors: [['/spec/template/spec/containers/0', /missing required field "name"/]],
  },
  { name: 'Deployment without a selector', manifest: mutate(deployment(), (m) => delete m.spec.selector), errors: [['/spec', /missing required field "selector"/]] },
  { name: 'RoleBinding without roleRef', manifest: mutate(roleBinding(), (m) => delete m.roleRef), errors: [['/', /missing required field "roleRef"/]] },
  { name: 'SealedSecret without encryptedData', manifest: mutate(sealedSecret(), (m) => delete m.spec.encryptedData), errors: [['/spec', /missing required field "encryptedData"/]] },
  { name: 'ExternalSecret data item without remoteRef', manifest: mutate(externalSecret(), (m) => delete m.spec.data[0].remoteRef), errors: [['/spec/data/0', /missing required field "remoteRef"/]] },
  // Unknown fields, which the API server rejects (strict field validation) for CRDs' structural schemas.
  { name: 'ExternalSecret with a misspelt field', manifest: mutate(externalSecret(), (m) => (m.spec.target.creationpolicy = 'Owner')), errors: [['/spec/target/creationpolicy', /unknown field "creationpolicy"/]] },
  { name: 'SecretProviderClass with a misspelt field', manifest: mutate(secretProviderClass(), (m) => (m.spec.secretObject = [])), errors: [['/spec/secretObject', /unknown field "secretObject"/]] },
  { name: 'SealedSecret with an unknown spec field', manifest: mutate(sealedSecret(), (m) => (m.spec.stringData = { a: 'b' })), errors: [['/spec/stringData', /unknown field "stringData"/]] },
  // Unknown fields in built-in kinds, which the API server rejects with strict field validation
  // (the kubectl default) or drops silently: found through kubernetes-models' generated declarations.
  { name: 'a misspelt Deployment spec field', manifest: mutate(deployment(), (m) => (m.spec.replica = 2)), errors: [['/spec/replica', /unknown field "replica"/]] },
  {
    name: 'a misspelt pod securityContext field',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.securityContext.runAsNonroot = true)),
    errors: [['/spec/template/spec/securityContext/runAsNonroot', /unknown field "runAsNonroot"/]],
  },
  {
    name: 'an unknown field inside a list item',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.containers[0].ports[0].hostport = 80)),
    errors: [['/spec/template/spec/containers/0/ports/0/hostport', /unknown field "hostport"/]],
  },
  { name: 'an unknown top-level field', manifest: mutate(roleBinding(), (m) => (m.rules = [])), errors: [['/rules', /unknown field "rules"/]] },
  { name: 'an unknown metadata field of a custom resource', manifest: mutate(sealedSecret(), (m) => (m.metadata.label = { a: 'b' })), errors: [['/metadata/label', /unknown field "label"/]] },
  // Pattern and formats in CRDs.
  { name: 'ExternalSecret secretKey with a slash', manifest: mutate(externalSecret(), (m) => (m.spec.data[0].secretKey = 'db/password')), errors: [['/spec/data/0/secretKey', /must match pattern/]] },
  { name: 'ExternalSecret metadata label not a string (ObjectMeta)', manifest: mutate(externalSecret(), (m) => (m.metadata.labels = { a: true })), errors: [['/metadata/labels/a', /must be string/]] },
  // No silent pass for what has no schema.
  { name: 'a kind no schema knows', manifest: { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }, errors: [['/', /no schema for example\.com\/v1 Widget/]] },
  { name: 'a CRD version without a committed schema', manifest: mutate(externalSecret(), (m) => (m.apiVersion = 'external-secrets.io/v1beta1')), errors: [['/', /no schema for external-secrets\.io\/v1beta1 ExternalSecret/]] },
  { name: 'a nested type used as a kind', manifest: { apiVersion: 'v1', kind: 'PodSpec', containers: [] }, errors: [['/', /no schema for v1 PodSpec/]] },
  { name: 'a removed API version', manifest: mutate(deployment(), (m) => (m.apiVersion = 'extensions/v1beta1')), errors: [['/apiVersion', /removed in Kubernetes v1\.22/]] },
  { name: 'a manifest without apiVersion and kind', manifest: { metadata: { name: 'x' } }, errors: [['/', /no string apiVersion and kind/]] },
  { name: 'a manifest that is not an object', manifest: ['not', 'a', 'manifest'], errors: [['/', /is not an object/]] },
  // Fields new in recent Kubernetes are typed, so the schemas really are of a recent version.
  { name: 'PodSpec.hostnameOverride (v1.34+) as a number', manifest: mutate(deployment(), (m) => (m.spec.template.spec.hostnameOverride = 5)), errors: [['/spec/template/spec/hostnameOverride', /must be string/]] },
  {
    name: 'PodSpec.schedulingGroup (v1.36) with a wrong type',
    manifest: mutate(deployment(), (m) => (m.spec.template.spec.schedulingGroup = { podGroupName: 7 })),
    errors: [['/spec/template/spec/schedulingGroup/podGroupName', /must be string/]],
  },
];

describe(`schema harness (Kubernetes ${K8S} OpenAPI via kubernetes-models, CRDs via ajv)`, () => {
  const cases = [...VALID, ...INVALID];
  let results: SchemaResult[];

  beforeAll(() => {
    results = validateManifests(cases.map((c) => c.manifest)).results;
  });

  test('reports the schema versions it checks against', () => {
    const { schemas } = validateManifests([]);
    expect(schemas.kubernetes).toEqual({ package: 'kubernetes-models', version: expect.stringMatching(/^\d+\.\d+\.\d+$/), kubernetes: K8S });
    expect(K8S).toMatch(/^v1\.(3[4-9]|[4-9]\d)$/);
    expect(schemas.crds.map((c) => c.split(' ')[1])).toEqual([
      'ExternalSecret.external-secrets.io/v1',
      'SealedSecret.bitnami.com/v1alpha1',
      'SecretProviderClass.secrets-store.csi.x-k8s.io/v1',
    ]);
  });

  test.each(VALID.map((c, i) => [c.name, i] as const))('accepts %s', (_name, i) => {
    expect(results[i].errors).toEqual([]);
    expect(results[i].validator).not.toBe('none');
  });

  test.each(INVALID.map((c, i) => [c.name, VALID.length + i] as const))('rejects %s', (_name, i) => {
    const got = results[i].errors;
    expect(cases[i].errors.length).toBeGreaterThan(0);
    for (const [path, message] of cases[i].errors) {
      expect(got).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
    }
  });

  test('reports every error of a manifest, not just the first', () => {
    const bad = mutate(deployment(), (m) => {
      m.spec.replicas = 'two';
      delete m.spec.template.spec.containers[0].image;
      m.spec.template.spec.containers[0].ports[0].protocol = 'ICMP';
    });
    const [result] = validateManifests([bad]).results;
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/spec/replicas', '/spec/template/spec/containers/0/ports/0/protocol']),
    );
  });

  test('fails loudly on input that is not a JSON array', () => {
    expect(() => validateManifests({} as unknown as unknown[])).toThrow(/schema validator failed \(exit 2\): validate-manifests: stdin must be a JSON array/);
  });
});
