import { analyzeAll, evaluate } from '../../src/engine/evaluate';
import { isApplicable } from '../../src/engine/object-pass';
import { POD_FEATURES, podFeatureBits, PodFeature, podFeaturesOf } from '../../src/engine/pod-features';
import { defineRule, Rule, RuleApplicability, RuleMetadata } from '../../src/engine/rule';
import { parseKubernetesVersion } from '../../src/engine/version';
import { viewPodSpec } from '../../src/engine/workload';
import { resolveRule } from '../../src/profiles/profile';
import { safeContainer } from '../support/manifests';

const featuresOf = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) =>
  podFeaturesOf(viewPodSpec(spec, '/spec', metadata, '/metadata').features);
const withContainer = (container: Record<string, unknown>, spec: Record<string, unknown> = {}) => ({ containers: [safeContainer('app', container)], ...spec });
const inInit = (container: Record<string, unknown>) => ({ containers: [safeContainer('app')], initContainers: [safeContainer('init', container)] });

describe('pod features', () => {
  test('a pod spec of safe containers has none', () => {
    const spec = { containers: [safeContainer('app', { ports: [{ containerPort: 8080 }, { containerPort: 9090, name: 'metrics' }] })], securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } };
    expect(featuresOf(spec)).toEqual([]);
  });

  // Every row has its metadata (jest would take a missing third value's parameter for a done callback).
  test.each<[PodFeature, Record<string, unknown>, Record<string, unknown>]>(
    ([
    ['hostNamespaces', { containers: [], hostNetwork: true }],
    ['hostNamespaces', { containers: [], hostPID: 'true' }],
    ['hostNamespaces', { containers: [], hostIPC: 1 }],
    ['shareProcessNamespace', { containers: [], shareProcessNamespace: true }],
    ['hostAliases', { containers: [], hostAliases: [] }],
    ['volumes', { containers: [], volumes: 'not a list' }],
    ['ephemeralContainers', { containers: [], ephemeralContainers: [] }],
    ['sysctls', { containers: [], securityContext: { sysctls: [] } }],
    ['privileged', withContainer({ securityContext: { privileged: true } })],
    ['privileged', inInit({ securityContext: { privileged: 'yes' } })],
    ['hostPorts', withContainer({ ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] })],
    ['probes', withContainer({ livenessProbe: { httpGet: { port: 80 } } })],
    ['probes', withContainer({ readinessProbe: { tcpSocket: { port: 80 } } })],
    ['probes', withContainer({ startupProbe: {} })],
    ['handlerHosts', inInit({ lifecycle: { postStart: { httpGet: { host: 'example.com' } } } })],
    ['handlerHosts', inInit({ lifecycle: { preStop: { tcpSocket: { host: '' } } } })],
    ['addedCapabilities', withContainer({ securityContext: { capabilities: { add: [] } } })],
    ['addedCapabilities', withContainer({ securityContext: { capabilities: 'ALL' } })],
    ['procMount', withContainer({ securityContext: { procMount: 'Default' } })],
    ['seLinuxOptions', withContainer({ securityContext: { seLinuxOptions: {} } })],
    ['seLinuxOptions', { containers: [], securityContext: { seLinuxOptions: {} } }],
    ['windowsOptions', withContainer({ securityContext: { windowsOptions: {} } })],
    ['windowsOptions', { containers: [], securityContext: { windowsOptions: {} } }],
    ['appArmor', withContainer({ securityContext: { appArmorProfile: {} } })],
    ['appArmor', { containers: [], securityContext: { appArmorProfile: {} } }],
    ['appArmor', { containers: [] }, { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' } }],
    ['appArmor', { containers: [] }, { annotations: 'not a map' }],
    ['env', withContainer({ env: [] })],
    ['env', inInit({ envFrom: [] })],
    ['runAsUser', withContainer({ securityContext: { runAsUser: 1000 } })],
    ['runAsUser', { containers: [], securityContext: { runAsUser: 1000 } }],
    ['groupIds', withContainer({ securityContext: { runAsGroup: 1000 } })],
    ['groupIds', { containers: [], securityContext: { runAsGroup: 1000 } }],
    ['groupIds', { containers: [], securityContext: { fsGroup: 1000 } }],
    ['groupIds', { containers: [], securityContext: { supplementalGroups: [] } }],
    ] as Array<[PodFeature, Record<string, unknown>, Record<string, unknown>?]>).map(([feature, spec, metadata]) => [feature, spec, metadata ?? {}]),
  )('%s is found in %j', (feature, spec, metadata) => {
    expect(featuresOf(spec, metadata)).toEqual([feature]);
  });

  test.each<[string, Record<string, unknown>, PodFeature[]]>([
    ['an exec liveness probe', { livenessProbe: { exec: { command: ['true'] } } }, ['probes', 'execProbes']],
    ['a startup probe that is not an object', { startupProbe: 'exec' }, ['probes', 'execProbes']],
    ['liveness and readiness probes', { livenessProbe: {}, readinessProbe: {} }, ['probes', 'livenessAndReadinessProbes']],
    ['a readiness probe on a host', { readinessProbe: { httpGet: { host: 'db', port: 80 } } }, ['probes', 'handlerHosts']],
    ['a startup probe on a host', { startupProbe: { tcpSocket: { host: null, port: 80 } } }, ['probes', 'handlerHosts']],
    ['a liveness probe on a host', { livenessProbe: { tcpSocket: { host: 'db', port: 80 } } }, ['probes', 'handlerHosts']],
    ['a lifecycle hook without a host', { lifecycle: { postStart: { exec: { command: ['x'] } }, preStop: { httpGet: { port: 80 } } } }, []],
    ['a lifecycle that is not an object', { lifecycle: 'hooks' }, []],
  ])('%s: %j', (_case, container, features) => {
    expect(featuresOf(withContainer(container))).toEqual(features);
  });

  test('on/off fields set to false, and other annotations, are no feature', () => {
    const spec = {
      containers: [safeContainer('app', { securityContext: { privileged: false, capabilities: { drop: ['ALL'] } } })],
      hostNetwork: false,
      hostPID: false,
      hostIPC: null,
      shareProcessNamespace: false,
    };
    expect(featuresOf(spec, { annotations: { 'example.com/owner': 'team' } })).toEqual([]);
  });

  test('bits and names convert both ways, in the order of POD_FEATURES', () => {
    expect(podFeaturesOf(podFeatureBits([...POD_FEATURES].reverse()))).toEqual(POD_FEATURES);
    expect(podFeaturesOf(podFeatureBits(['volumes', 'hostNamespaces']))).toEqual(['hostNamespaces', 'volumes']);
    expect(podFeatureBits([])).toBe(0);
    expect(new Set(POD_FEATURES.map((f) => podFeatureBits([f]))).size).toBe(POD_FEATURES.length);
  });
});

describe('isApplicable with podFeatures', () => {
  const object = (spec: Record<string, unknown> | undefined, kind = 'Deployment') =>
    analyzeAll([{ manifest: { apiVersion: 'apps/v1', kind, metadata: { name: 'd' }, ...(spec ? { spec: { template: { spec } } } : {}) } }])[0];

  test('applies to an object with one of the features in any pod spec', () => {
    expect(isApplicable({ podFeatures: ['env', 'volumes'] }, object({ containers: [], volumes: [] }))).toBe(true);
    expect(isApplicable({ podFeatures: ['env', 'volumes'] }, object({ containers: [safeContainer('app')] }))).toBe(false);
  });

  test('implies podSpecs: an object without pod specs is left out', () => {
    expect(isApplicable({ podFeatures: ['volumes'] }, object(undefined))).toBe(false);
    expect(isApplicable({}, object(undefined))).toBe(true);
  });

  test('without a declaration every object applies; podSpecs alone leaves out objects without pod specs', () => {
    expect(isApplicable(undefined, object(undefined))).toBe(true);
    expect(isApplicable({ podSpecs: true }, object(undefined))).toBe(false);
    expect(isApplicable({ podSpecs: true }, object({ containers: [] }))).toBe(true);
  });

  test('an unknown feature name is an error', () => {
    expect(() => isApplicable({ podFeatures: ['hostPort' as PodFeature] }, object(undefined))).toThrow(/unknown pod feature "hostPort"; the features are hostNamespaces, /);
  });

  test('is combined with kinds', () => {
    expect(isApplicable({ kinds: ['StatefulSet'], podFeatures: ['volumes'] }, object({ containers: [], volumes: [] }))).toBe(false);
    expect(isApplicable({ kinds: ['Deployment'], podFeatures: ['volumes'] }, object({ containers: [], volumes: [] }))).toBe(true);
  });
});

describe('the engine with podFeatures', () => {
  const meta = (id: string): RuleMetadata => ({ id, title: id, severity: 'warning', category: 'custom', description: 'd', remediation: 'r' });
  const everyObject = (id: string, appliesTo: RuleApplicability) => defineRule(meta(id), (o) => [{ path: '', message: `${id} saw ${o.ref.name}` }], appliesTo);
  const deploymentOf = (name: string, podSpec?: Record<string, unknown>) => ({
    manifest: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, ...(podSpec ? { spec: { template: { spec: podSpec } } } : {}) },
  });
  const messages = (rules: Rule[], inputs: Array<{ manifest: unknown }>) =>
    evaluate(inputs, { name: 't', kubernetesVersion: parseKubernetesVersion('latest'), rules: rules.map((r) => resolveRule(r)) }).findings.map((f) => f.message);

  test('an object without pod specs and one whose pods have only the first feature get their own rule lists', () => {
    // A pod with hostNetwork has the features bit 1, which must not be mistaken for "no pod spec".
    const inputs = [deploymentOf('no-pods'), deploymentOf('host-network', { containers: [], hostNetwork: true })];
    expect(messages([everyObject('pods', { podSpecs: true })], inputs)).toEqual(['pods saw host-network']);
  });

  test('a rule declaring podFeatures alone is not called for objects without pod specs', () => {
    const inputs = [{ manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' } } }, deploymentOf('with-volumes', { containers: [], volumes: [] })];
    expect(messages([everyObject('volumes', { podFeatures: ['volumes'] })], inputs)).toEqual(['volumes saw with-volumes']);
  });

  test('an unknown feature in a rule the engine is given is an error naming the rule', () => {
    expect(() => messages([everyObject('typo', { podFeatures: ['volume' as PodFeature] })], [deploymentOf('d')])).toThrow(
      /^rule typo: appliesTo.podFeatures: unknown pod feature "volume"/,
    );
  });
});
