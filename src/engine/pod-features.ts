import { asArray, asObject, isObject, Obj } from './values';

/**
 * Settings of a pod spec that most pods do not have and that whole families of rules look for:
 * host namespaces, volumes, added capabilities, probes … A rule that can only report on a pod
 * with one of them declares so (`appliesTo.podFeatures`), and the engine skips it for the other
 * pods: in a typical app most of these rules find nothing on most pods, and calling them anyway
 * is work the engine does for every object.
 *
 * Each feature is "present" generously (a field written at all, whatever its value, except the
 * harmless `false` of on/off fields), so that a skipped rule could not have reported anything.
 */
export type PodFeature =
  /** `spec.hostNetwork`, `hostPID` or `hostIPC` set to anything but false. */
  | 'hostNamespaces'
  /** `spec.shareProcessNamespace` set to anything but false. */
  | 'shareProcessNamespace'
  /** `spec.hostAliases` written. */
  | 'hostAliases'
  /** `spec.volumes` written. */
  | 'volumes'
  /** `spec.ephemeralContainers` written. */
  | 'ephemeralContainers'
  /** The pod's `securityContext.sysctls` written. */
  | 'sysctls'
  /** A container's `securityContext.privileged` set to anything but false. */
  | 'privileged'
  /** A container port with a `hostPort`. */
  | 'hostPorts'
  /** A container with a liveness, readiness or startup probe. */
  | 'probes'
  /** A probe with an `exec` action (or a probe that is not an object). */
  | 'execProbes'
  /** A container with both a liveness and a readiness probe. */
  | 'livenessAndReadinessProbes'
  /** A `host` in the `httpGet` or `tcpSocket` action of a probe or a `lifecycle` hook. */
  | 'handlerHosts'
  /** A container's `securityContext.capabilities.add` written (or `capabilities` not an object). */
  | 'addedCapabilities'
  /** A container's `securityContext.procMount` written. */
  | 'procMount'
  /** `seLinuxOptions` in the pod's or a container's security context. */
  | 'seLinuxOptions'
  /** `windowsOptions` in the pod's or a container's security context. */
  | 'windowsOptions'
  /** `appArmorProfile` in the pod's or a container's security context, or an AppArmor annotation on the pod. */
  | 'appArmor'
  /** A container with `env` or `envFrom`. */
  | 'env'
  /** `runAsUser` in the pod's or a container's security context. */
  | 'runAsUser'
  /** `runAsGroup`, `fsGroup` or `supplementalGroups` in the pod's security context, or `runAsGroup` in a container's. */
  | 'groupIds';

/** Every feature, in bit order. */
export const POD_FEATURES: readonly PodFeature[] = [
  'hostNamespaces',
  'shareProcessNamespace',
  'hostAliases',
  'volumes',
  'ephemeralContainers',
  'sysctls',
  'privileged',
  'hostPorts',
  'probes',
  'execProbes',
  'livenessAndReadinessProbes',
  'handlerHosts',
  'addedCapabilities',
  'procMount',
  'seLinuxOptions',
  'windowsOptions',
  'appArmor',
  'env',
  'runAsUser',
  'groupIds',
];

const BIT = new Map<PodFeature, number>(POD_FEATURES.map((f, i) => [f, 1 << i]));

/** The bit set of some features; an unknown name throws (a typo would make a rule skip pods it must see). */
export function podFeatureBits(features: readonly PodFeature[]): number {
  let bits = 0;
  for (const f of features) {
    const bit = BIT.get(f);
    if (bit === undefined) throw new Error(`unknown pod feature ${JSON.stringify(f)}; the features are ${POD_FEATURES.join(', ')}`);
    bits |= bit;
  }
  return bits;
}

/** The features a bit set holds, in bit order. */
export function podFeaturesOf(bits: number): PodFeature[] {
  return POD_FEATURES.filter((f) => (bits & BIT.get(f)!) !== 0);
}

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** Written, and not the harmless `false` of an on/off field. */
function on(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

// Bits by name, for the scans below.
const HOST_NAMESPACES = BIT.get('hostNamespaces')!;
const SHARE_PROCESS_NAMESPACE = BIT.get('shareProcessNamespace')!;
const HOST_ALIASES = BIT.get('hostAliases')!;
const VOLUMES = BIT.get('volumes')!;
const EPHEMERAL_CONTAINERS = BIT.get('ephemeralContainers')!;
const SYSCTLS = BIT.get('sysctls')!;
const PRIVILEGED = BIT.get('privileged')!;
const HOST_PORTS = BIT.get('hostPorts')!;
const PROBES = BIT.get('probes')!;
const EXEC_PROBES = BIT.get('execProbes')!;
const LIVENESS_AND_READINESS_PROBES = BIT.get('livenessAndReadinessProbes')!;
const HANDLER_HOSTS = BIT.get('handlerHosts')!;
const ADDED_CAPABILITIES = BIT.get('addedCapabilities')!;
const PROC_MOUNT = BIT.get('procMount')!;
const SELINUX_OPTIONS = BIT.get('seLinuxOptions')!;
const WINDOWS_OPTIONS = BIT.get('windowsOptions')!;
const APPARMOR = BIT.get('appArmor')!;
const ENV = BIT.get('env')!;
const RUN_AS_USER = BIT.get('runAsUser')!;
const GROUP_IDS = BIT.get('groupIds')!;

/** The features of the pod-level fields: the spec, its security context and the template's metadata. */
export function podLevelFeatures(spec: Obj, securityContext: Obj, metadata: Obj): number {
  let bits = 0;
  if (on(spec.hostNetwork) || on(spec.hostPID) || on(spec.hostIPC)) bits |= HOST_NAMESPACES;
  if (on(spec.shareProcessNamespace)) bits |= SHARE_PROCESS_NAMESPACE;
  if (spec.hostAliases !== undefined) bits |= HOST_ALIASES;
  if (spec.volumes !== undefined) bits |= VOLUMES;
  if (spec.ephemeralContainers !== undefined) bits |= EPHEMERAL_CONTAINERS;
  if (securityContext.sysctls !== undefined) bits |= SYSCTLS;
  bits |= sharedSecurityFeatures(securityContext);
  if (securityContext.fsGroup !== undefined || securityContext.supplementalGroups !== undefined) bits |= GROUP_IDS;
  const annotations = metadata.annotations;
  if (annotations !== undefined && (!isObject(annotations) || hasAppArmorAnnotation(annotations))) bits |= APPARMOR;
  return bits;
}

/** The features of one container (its own fields and security context). */
export function containerFeatures(container: Obj, securityContext: Obj): number {
  let bits = sharedSecurityFeatures(securityContext);
  if (on(securityContext.privileged)) bits |= PRIVILEGED;
  if (securityContext.procMount !== undefined) bits |= PROC_MOUNT;
  const capabilities = securityContext.capabilities;
  if (capabilities !== undefined && (!isObject(capabilities) || capabilities.add !== undefined)) bits |= ADDED_CAPABILITIES;
  const { livenessProbe, readinessProbe, startupProbe, lifecycle } = container;
  if (livenessProbe !== undefined || readinessProbe !== undefined || startupProbe !== undefined) {
    bits |= PROBES;
    if (isExecProbe(livenessProbe) || isExecProbe(readinessProbe) || isExecProbe(startupProbe)) bits |= EXEC_PROBES;
    if (livenessProbe !== undefined && readinessProbe !== undefined) bits |= LIVENESS_AND_READINESS_PROBES;
    if (hasHost(livenessProbe) || hasHost(readinessProbe) || hasHost(startupProbe)) bits |= HANDLER_HOSTS;
  }
  if (lifecycle !== undefined) {
    const hooks = asObject(lifecycle);
    if (hasHost(hooks.postStart) || hasHost(hooks.preStop)) bits |= HANDLER_HOSTS;
  }
  if (container.env !== undefined || container.envFrom !== undefined) bits |= ENV;
  const ports = asArray(container.ports);
  for (let i = 0; i < ports.length; i++) {
    if (asObject(ports[i]).hostPort !== undefined) {
      bits |= HOST_PORTS;
      break;
    }
  }
  return bits;
}

/** Fields both the pod's and a container's security context can set. */
function sharedSecurityFeatures(sc: Obj): number {
  let bits = 0;
  if (sc.seLinuxOptions !== undefined) bits |= SELINUX_OPTIONS;
  if (sc.windowsOptions !== undefined) bits |= WINDOWS_OPTIONS;
  if (sc.appArmorProfile !== undefined) bits |= APPARMOR;
  if (sc.runAsUser !== undefined) bits |= RUN_AS_USER;
  if (sc.runAsGroup !== undefined) bits |= GROUP_IDS;
  return bits;
}

function isExecProbe(probe: unknown): boolean {
  return probe !== undefined && (!isObject(probe) || probe.exec !== undefined);
}

/** A `host` written in the handler's `httpGet` or `tcpSocket` action. */
function hasHost(handler: unknown): boolean {
  const actions = asObject(handler);
  return asObject(actions.httpGet).host !== undefined || asObject(actions.tcpSocket).host !== undefined;
}

function hasAppArmorAnnotation(annotations: Obj): boolean {
  const keys = Object.keys(annotations);
  for (let i = 0; i < keys.length; i++) if (keys[i].startsWith(APPARMOR_ANNOTATION_PREFIX)) return true;
  return false;
}
