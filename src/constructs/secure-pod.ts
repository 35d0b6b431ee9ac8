import { ApiObject, Chart, Duration, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { InsecurePropError } from './errors';
import { checkImage } from './image-policy';
import { ResolvedSecureDefaults, SeccompSetting } from './secure-defaults';
import { recordException, requireException, SecurityException } from './security-exception';

/** The only capability a secure container may add. */
export const ALLOWED_ADDED_CAPABILITY = 'NET_BIND_SERVICE';

/**
 * Container security settings. Everything is locked down already; the fields exist so you can set
 * an explicit UID/GID or bind a port below 1024, and so that weakening values fail loudly.
 */
export interface SecureContainerSecurityContext {
  /** UID the container runs as; never 0. @default - SecureDefaults runAsUser, else the image's user */
  readonly user?: number;
  /** GID the container runs as; never 0. @default - SecureDefaults runAsGroup, else the image's group */
  readonly group?: number;
  /** Add `NET_BIND_SERVICE` (bind ports below 1024); the only capability that can be added. @default false */
  readonly allowBindBelow1024?: boolean;
  /** Capabilities to add; only `NET_BIND_SERVICE` is accepted, ALL is always dropped. @default - none */
  readonly addCapabilities?: readonly string[];
  /** Must stay `true`; use `scratch` for writable directories. @default true */
  readonly runAsNonRoot?: boolean;
  /** Must stay `false`. @default false */
  readonly privileged?: boolean;
  /** Must stay `false`. @default false */
  readonly allowPrivilegeEscalation?: boolean;
  /**
   * Keep `true` and list writable paths in `scratch`. `false` is only accepted together with
   * `writableRootFilesystem` (an explicit SecurityException).
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
  /** Seccomp profile; `Unconfined` is refused. @default - SecureDefaults seccompProfile (RuntimeDefault) */
  readonly seccompProfile?: SeccompSetting;
}

/**
 * A container of a secure workload: the cdk8s-plus container props you know, with a locked-down
 * security context and defaults for resources and probes.
 */
export interface SecureContainerProps extends Omit<kplus.ContainerProps, 'securityContext'> {
  /** Security settings; see SecureContainerSecurityContext. @default - fully locked down */
  readonly securityContext?: SecureContainerSecurityContext;
  /**
   * Writable scratch directories, each an emptyDir with a size limit mounted at the path, e.g.
   * `['/tmp', '/var/cache/nginx']`. The root filesystem stays read-only.
   * @default - none
   */
  readonly scratch?: readonly string[];
  /** Size limit of each scratch emptyDir. @default - SecureDefaults scratchSizeLimit (64Mi) */
  readonly scratchSizeLimit?: Size;
  /**
   * Escape hatch for `securityContext.readOnlyRootFilesystem: false`: the reason and rule ids are
   * recorded with `Guardrails.suppress` and appear in every report.
   * @default - a writable root filesystem is refused
   */
  readonly writableRootFilesystem?: SecurityException;
}

/** The explicit API token of a pod. */
export interface ApiTokenProps {
  /** Token lifetime in seconds (the kubelet rotates it at 80%). At least 600. @default 3600 */
  readonly expirationSeconds?: number;
  /** Audience the token is valid for. @default - the API server's audience */
  readonly audience?: string;
  /** Containers that get the token, by name. @default - every container (not init containers) */
  readonly containers?: readonly string[];
}

/** Where the kubelet would have mounted the automatic token; client libraries look there. */
export const API_TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const API_TOKEN_VOLUME = 'api-token';

/** Pod-level settings shared by SecureDeployment and SecureCronJob. */
export interface SecurePodProps {
  /** Containers (at least one). */
  readonly containers: readonly SecureContainerProps[];
  /** Init containers, hardened like `containers`. @default - none */
  readonly initContainers?: readonly SecureContainerProps[];
  /** Extra volumes (hostPath is refused). Volumes used in `volumeMounts` are added automatically. @default - none */
  readonly volumes?: readonly kplus.Volume[];
  /** Pod UID; never 0. @default - SecureDefaults runAsUser */
  readonly runAsUser?: number;
  /** Pod GID; never 0. @default - SecureDefaults runAsGroup */
  readonly runAsGroup?: number;
  /** Group owning mounted volumes; never 0. @default - SecureDefaults fsGroup */
  readonly fsGroup?: number;
  /** Pod seccomp profile. @default - SecureDefaults seccompProfile (RuntimeDefault) */
  readonly seccompProfile?: SeccompSetting;
  /** Run the pods in a user namespace (`hostUsers: false`). @default - SecureDefaults userNamespaces (false) */
  readonly userNamespaces?: boolean;
  /** PriorityClass of the pods (must exist in the cluster). @default - SecureDefaults priorityClassName, else none */
  readonly priorityClassName?: string;
  /** RuntimeClass of the pods (must exist in the cluster). @default - SecureDefaults runtimeClassName, else none */
  readonly runtimeClassName?: string;
  /** Extra labels on every object and on the pods. @default - SecureDefaults labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** Host namespaces are never shared; only `false` is accepted. @default false */
  readonly hostNetwork?: false;
  /** Host namespaces are never shared; only `false` is accepted. @default false */
  readonly hostPID?: false;
  /** Host namespaces are never shared; only `false` is accepted. @default false */
  readonly hostIPC?: false;
  /**
   * The token is never mounted automatically; mount a projected token volume explicitly if the
   * workload calls the API server. Only `false` is accepted.
   * @default false
   */
  readonly automountServiceAccountToken?: false;
  /**
   * Mount a short-lived, audience-bound API token (with the cluster CA and the namespace) at the
   * standard path `/var/run/secrets/kubernetes.io/serviceaccount`, for pods that call the API
   * server with the permissions granted to their LeastPrivilegeServiceAccount. This replaces the
   * long-lived automounted token, which stays off.
   * @default - no token
   * @see https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken
   */
  readonly apiToken?: ApiTokenProps;
  /** Image pull secrets for private registries. @default - none */
  readonly imagePullSecrets?: readonly kplus.ISecret[];
}

/** A weakened container setting that was accepted with a SecurityException. */
export interface ContainerException {
  readonly prop: string;
  readonly exception: SecurityException;
  readonly container: string;
}

/** What the shared hardening produces for a workload. */
export interface SecurePodParts {
  readonly containers: kplus.ContainerProps[];
  readonly initContainers: kplus.ContainerProps[];
  readonly volumes: kplus.Volume[];
  readonly podSecurityContext: Record<string, unknown>;
  /** Pod spec fields cdk8s-plus does not model (e.g. `hostUsers`). */
  readonly podSpecFields: Record<string, unknown>;
  readonly containerSecurityContexts: Array<Record<string, unknown>>;
  readonly initContainerSecurityContexts: Array<Record<string, unknown>>;
  /** Exceptions to record on the workload object once it exists. */
  readonly exceptions: readonly ContainerException[];
  /** The projected token volume, and for each container whether it mounts it and already has other mounts. */
  readonly apiToken?: { readonly volume: Record<string, unknown>; readonly podHasVolumes: boolean; readonly mounts: ReadonlyArray<{ readonly index: number; readonly hasMounts: boolean }> };
}

function refuse(scope: Construct, prop: string, problem: string, fix: string): never {
  throw new InsecurePropError(scope.node.path, prop, problem, fix);
}

function checkId(scope: Construct, prop: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) refuse(scope, prop, `must be a non-negative integer (got ${JSON.stringify(value)})`, 'give a non-zero UID/GID such as 10001');
  if (value === 0) refuse(scope, prop, 'is 0 (root)', 'give a non-zero UID/GID such as 10001, or leave it unset to use the image user with runAsNonRoot');
  return value;
}

function seccompJson(scope: Construct, prop: string, s: SeccompSetting): Record<string, unknown> {
  if (s.type === 'Localhost') {
    if (!s.localhostProfile) refuse(scope, `${prop}.localhostProfile`, 'is required when type is Localhost', 'give the profile path relative to the kubelet seccomp directory');
    return { type: 'Localhost', localhostProfile: s.localhostProfile };
  }
  if (s.type !== 'RuntimeDefault') refuse(scope, `${prop}.type`, `is "${String(s.type)}"`, 'use "RuntimeDefault" or "Localhost"; Unconfined disables syscall filtering');
  return { type: 'RuntimeDefault' };
}

/** Builds the hardened pod parts and refuses insecure props. */
export function buildSecurePod(scope: Construct, props: SecurePodProps, defaults: ResolvedSecureDefaults, options: { requireProbes?: boolean } = {}): SecurePodParts {
  const loose = props as unknown as Record<string, unknown>;
  for (const key of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (loose[key] !== undefined && loose[key] !== false) refuse(scope, key, 'shares a host namespace', `remove \`${key}\`; expose the workload through a Service instead`);
  }
  if (loose.automountServiceAccountToken !== undefined && loose.automountServiceAccountToken !== false) {
    refuse(scope, 'automountServiceAccountToken', 'mounts an API token into every container', 'leave it unset and mount a projected serviceAccountToken volume only where the API is called');
  }
  if (!props.containers || props.containers.length === 0) refuse(scope, 'containers', 'is empty', 'give at least one container');
  const namespace = Chart.of(scope).namespace;
  if (namespace === undefined || namespace === 'default') {
    // The default namespace has no isolation of its own and every unconfigured tool writes to it.
    refuse(scope, 'namespace', namespace ? 'is "default"' : 'is not set, so the workload lands in "default"', 'create the workload inside an IsolatedNamespace (or a Chart with `namespace` set)');
  }

  const runAsUser = checkId(scope, 'runAsUser', props.runAsUser ?? defaults.runAsUser);
  const runAsGroup = checkId(scope, 'runAsGroup', props.runAsGroup ?? defaults.runAsGroup);
  const fsGroup = checkId(scope, 'fsGroup', props.fsGroup ?? defaults.fsGroup);
  const podSeccomp = seccompJson(scope, 'seccompProfile', props.seccompProfile ?? defaults.seccompProfile);

  const volumes: kplus.Volume[] = [];
  for (const [i, v] of (props.volumes ?? []).entries()) {
    checkVolume(scope, `volumes[${i}]`, v);
    volumes.push(v);
  }

  const exceptions: ContainerException[] = [];
  const build = (list: readonly SecureContainerProps[], kind: 'containers' | 'initContainers') => {
    const containers: kplus.ContainerProps[] = [];
    const contexts: Array<Record<string, unknown>> = [];
    list.forEach((c, i) => {
      const prop = `${kind}[${i}]`;
      const built = buildContainer(scope, prop, c, defaults, { runAsUser, runAsGroup, podSeccomp }, kind === 'initContainers', options.requireProbes ?? false, exceptions);
      containers.push(built.container);
      contexts.push(built.securityContext);
    });
    return { containers, contexts };
  };
  const main = build(props.containers, 'containers');
  const init = build(props.initContainers ?? [], 'initContainers');
  return {
    exceptions,
    apiToken: apiToken(scope, props, main.containers, volumes.length > 0 || [...main.containers, ...init.containers].some((c) => (c.volumeMounts ?? []).length > 0)),
    containers: main.containers,
    initContainers: init.containers,
    volumes,
    podSecurityContext: {
      runAsNonRoot: true,
      ...(runAsUser !== undefined ? { runAsUser } : {}),
      ...(runAsGroup !== undefined ? { runAsGroup } : {}),
      ...(fsGroup !== undefined ? { fsGroup, fsGroupChangePolicy: 'OnRootMismatch' } : {}),
      seccompProfile: podSeccomp,
    },
    podSpecFields: podSpecFields(props, defaults),
    containerSecurityContexts: main.contexts,
    initContainerSecurityContexts: init.contexts,
  };
}

function apiToken(scope: Construct, props: SecurePodProps, containers: kplus.ContainerProps[], podHasVolumes: boolean): SecurePodParts['apiToken'] {
  const token = props.apiToken;
  if (!token) return undefined;
  const expirationSeconds = token.expirationSeconds ?? 3600;
  if (!Number.isInteger(expirationSeconds) || expirationSeconds < 600) {
    refuse(scope, 'apiToken.expirationSeconds', `is ${JSON.stringify(expirationSeconds)}`, 'give at least 600 seconds (the API server minimum); 3600 is a good default');
  }
  const names = containers.map((c) => c.name);
  for (const n of token.containers ?? []) if (!names.includes(n)) refuse(scope, 'apiToken.containers', `names "${n}", which is not a container`, `use one of: ${names.join(', ')}`);
  const mounts = containers
    .map((c, index) => ({ index, name: c.name, hasMounts: (c.volumeMounts ?? []).length > 0 }))
    .filter((c) => !token.containers || token.containers.includes(c.name!))
    .map(({ index, hasMounts }) => ({ index, hasMounts }));
  return {
    podHasVolumes,
    mounts,
    volume: {
      name: API_TOKEN_VOLUME,
      projected: {
        defaultMode: 0o444,
        sources: [
          { serviceAccountToken: { path: 'token', expirationSeconds, ...(token.audience ? { audience: token.audience } : {}) } },
          // kube-root-ca.crt is published into every namespace by kube-controller-manager.
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          // Patches on cdk8s-plus objects pass through the generated k8s serializer, which reads the
          // TypeScript name `downwardApi` and writes `downwardAPI`.
          { downwardApi: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
        ],
      },
    },
  };
}

/** Pod spec fields cdk8s-plus does not model. */
function podSpecFields(props: SecurePodProps, defaults: ResolvedSecureDefaults): Record<string, unknown> {
  const priorityClassName = props.priorityClassName ?? defaults.priorityClassName;
  const runtimeClassName = props.runtimeClassName ?? defaults.runtimeClassName;
  return {
    ...(runtimeClassName ? { runtimeClassName } : {}),
    ...((props.userNamespaces ?? defaults.userNamespaces) ? { hostUsers: false } : {}),
    ...(priorityClassName ? { priorityClassName } : {}),
  };
}

function checkVolume(scope: Construct, prop: string, volume: kplus.Volume): void {
  // kplus.Volume keeps its spec private; _toKube() is its stable serializer.
  const spec = (volume as unknown as { _toKube?: () => Record<string, unknown> })._toKube?.() ?? {};
  if (spec.hostPath !== undefined) refuse(scope, prop, `("${volume.name}") is a hostPath volume, which exposes the node's filesystem`, 'use an emptyDir (`scratch`), a PersistentVolumeClaim, a ConfigMap or a Secret volume');
  const allowed = ['name', 'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
  const other = Object.keys(spec).find((k) => !allowed.includes(k));
  if (other) refuse(scope, prop, `("${volume.name}") is a ${other} volume, which Pod Security restricted forbids`, 'use a PersistentVolumeClaim, CSI, emptyDir, ConfigMap, Secret or projected volume');
}

function buildContainer(
  scope: Construct,
  prop: string,
  c: SecureContainerProps,
  defaults: ResolvedSecureDefaults,
  pod: { runAsUser?: number; runAsGroup?: number; podSeccomp: Record<string, unknown> },
  isInit: boolean,
  requireProbes: boolean,
  exceptions: ContainerException[],
): { container: kplus.ContainerProps; securityContext: Record<string, unknown> } {
  checkImage(scope, `${prop}.image`, c.image, defaults.allowedRegistries);
  for (const [j, p] of (c.ports ?? []).entries()) {
    if (p.hostPort !== undefined && p.hostPort !== 0) refuse(scope, `${prop}.ports[${j}].hostPort`, 'binds a port on the node', 'remove hostPort and expose the port through a Service');
    if (p.hostIp !== undefined) refuse(scope, `${prop}.ports[${j}].hostIp`, 'binds an address on the node', 'remove hostIp and expose the port through a Service');
  }
  const sc = c.securityContext ?? {};
  if (sc.privileged !== undefined && sc.privileged !== false) refuse(scope, `${prop}.securityContext.privileged`, 'gives the container full access to the host', 'remove it; add NET_BIND_SERVICE with allowBindBelow1024 if you only need a low port');
  if (sc.allowPrivilegeEscalation !== undefined && sc.allowPrivilegeEscalation !== false) refuse(scope, `${prop}.securityContext.allowPrivilegeEscalation`, 'lets processes gain privileges (setuid binaries)', 'remove it; the container runs with allowPrivilegeEscalation false');
  if (sc.runAsNonRoot !== undefined && sc.runAsNonRoot !== true) refuse(scope, `${prop}.securityContext.runAsNonRoot`, 'allows running as root', 'remove it and build the image with a non-root USER, or set securityContext.user to a non-zero UID');
  const user = checkId(scope, `${prop}.securityContext.user`, sc.user) ?? pod.runAsUser;
  const group = checkId(scope, `${prop}.securityContext.group`, sc.group) ?? pod.runAsGroup;
  const added = [...(sc.addCapabilities ?? []), ...(sc.allowBindBelow1024 ? [ALLOWED_ADDED_CAPABILITY] : [])].map((x) => String(x).toUpperCase().replace(/^CAP_/, ''));
  const extra = added.find((x) => x !== ALLOWED_ADDED_CAPABILITY);
  if (extra) refuse(scope, `${prop}.securityContext.addCapabilities`, `adds ${extra}`, `add at most ${ALLOWED_ADDED_CAPABILITY}; every other capability stays dropped`);
  let readOnlyRoot = true;
  if (sc.readOnlyRootFilesystem !== undefined && sc.readOnlyRootFilesystem !== true) {
    const exception = requireException(
      scope,
      `${prop}.securityContext.readOnlyRootFilesystem`,
      c.writableRootFilesystem,
      "keep the root filesystem read-only and list writable paths in `scratch` (e.g. scratch: ['/tmp']), or pass `writableRootFilesystem: { reason, ruleIds }`",
    );
    exceptions.push({ prop: `${prop}.securityContext.readOnlyRootFilesystem`, exception, container: c.name ?? (isInit ? 'init' : 'main') });
    readOnlyRoot = false;
  }
  const seccomp = sc.seccompProfile ? seccompJson(scope, `${prop}.securityContext.seccompProfile`, sc.seccompProfile) : pod.podSeccomp;

  const volumeMounts: kplus.VolumeMount[] = [...(c.volumeMounts ?? [])];
  for (const [j, m] of volumeMounts.entries()) checkVolume(scope, `${prop}.volumeMounts[${j}].volume`, m.volume as kplus.Volume);
  const name = c.name ?? (isInit ? 'init' : 'main');
  (c.scratch ?? []).forEach((path, j) => {
    if (typeof path !== 'string' || !path.startsWith('/')) refuse(scope, `${prop}.scratch[${j}]`, 'is not an absolute path', "give absolute paths such as '/tmp'");
    const volumeName = `${name}-scratch-${j}`;
    const volume = kplus.Volume.fromEmptyDir(scope, `${prop}-scratch-${j}`, volumeName, { sizeLimit: c.scratchSizeLimit ?? defaults.scratchSizeLimit });
    volumeMounts.push({ path, volume });
  });

  const resources = resourcesFor(scope, prop, c.resources, defaults);
  const ports = c.ports ?? (c.portNumber !== undefined ? [{ number: c.portNumber }] : []);
  const probePort = ports[0]?.number;
  // A port with no probes gets TCP probes: readiness gates traffic, a slower liveness restarts hung pods.
  const readiness = c.readiness ?? (!isInit && probePort !== undefined ? kplus.Probe.fromTcpSocket({ port: probePort, periodSeconds: Duration.seconds(10) }) : undefined);
  const liveness = c.liveness ?? (!isInit && probePort !== undefined ? kplus.Probe.fromTcpSocket({ port: probePort, periodSeconds: Duration.seconds(20), failureThreshold: 6, initialDelaySeconds: Duration.seconds(10) }) : undefined);
  // Without a port there is nothing to probe by default; a long-running container still needs health checks.
  if (requireProbes && !isInit && (!readiness || !liveness)) {
    refuse(scope, `${prop}.${readiness ? 'liveness' : 'readiness'}`, 'is missing and the container declares no port to probe', "give readiness and liveness probes, e.g. Probe.fromCommand(['/app/healthcheck']), or declare the port the container listens on");
  }

  // Drop the props that are ours, not cdk8s-plus's.
  const { scratch: _scratch, scratchSizeLimit: _size, writableRootFilesystem: _writable, ...plusProps } = c;
  const container: kplus.ContainerProps = {
    ...plusProps,
    name,
    volumeMounts,
    resources,
    ...(readiness ? { readiness } : {}),
    ...(liveness ? { liveness } : {}),
    // Replaced wholesale by a JSON patch; cdk8s-plus would otherwise hard-code UID 25000 / GID 26000.
    securityContext: { ensureNonRoot: true, privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: readOnlyRoot, user: undefined, group: undefined },
  };
  return {
    container,
    securityContext: {
      runAsNonRoot: true,
      ...(user !== undefined ? { runAsUser: user } : {}),
      ...(group !== undefined ? { runAsGroup: group } : {}),
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: readOnlyRoot,
      capabilities: { drop: ['ALL'], ...(added.length ? { add: [ALLOWED_ADDED_CAPABILITY] } : {}) },
      seccompProfile: seccomp,
    },
  };
}

function resourcesFor(scope: Construct, prop: string, r: kplus.ContainerResources | undefined, d: ResolvedSecureDefaults): kplus.ContainerResources {
  const cpuLimit = r?.cpu?.limit ?? d.cpuLimit;
  const memoryLimit = r?.memory?.limit ?? d.memoryLimit;
  const result: kplus.ContainerResources = {
    cpu: { request: r?.cpu?.request ?? d.cpuRequest, ...(cpuLimit ? { limit: cpuLimit } : {}) },
    memory: { request: r?.memory?.request ?? d.memoryRequest ?? memoryLimit, limit: memoryLimit },
    ephemeralStorage: { request: r?.ephemeralStorage?.request ?? d.ephemeralStorageRequest, limit: r?.ephemeralStorage?.limit ?? d.ephemeralStorageLimit },
  };
  if (!result.memory?.limit) refuse(scope, `${prop}.resources.memory.limit`, 'is missing', 'give a memory limit, e.g. Size.mebibytes(256)');
  return result;
}

/** Adds JSON patches that install the hardened security contexts at `podSpecPath`. */
export function patchPodSecurity(object: ApiObject, podSpecPath: string, parts: SecurePodParts): void {
  // Each exception covers its container in the workload object only.
  for (const e of parts.exceptions) recordException(object, e.prop, e.exception, { appliesTo: { containers: [e.container] } });
  object.addJsonPatch(JsonPatch.add(`${podSpecPath}/securityContext`, parts.podSecurityContext));
  for (const [key, value] of Object.entries(parts.podSpecFields)) object.addJsonPatch(JsonPatch.add(`${podSpecPath}/${key}`, value));
  parts.containerSecurityContexts.forEach((sc, i) => object.addJsonPatch(JsonPatch.add(`${podSpecPath}/containers/${i}/securityContext`, sc)));
  parts.initContainerSecurityContexts.forEach((sc, i) => object.addJsonPatch(JsonPatch.add(`${podSpecPath}/initContainers/${i}/securityContext`, sc)));
  const token = parts.apiToken;
  if (token) {
    // cdk8s-plus only writes `volumes`/`volumeMounts` when there are some: append, or create the list.
    object.addJsonPatch(token.podHasVolumes ? JsonPatch.add(`${podSpecPath}/volumes/-`, token.volume) : JsonPatch.add(`${podSpecPath}/volumes`, [token.volume]));
    for (const m of token.mounts) {
      const mount = { name: token.volume.name, mountPath: API_TOKEN_PATH, readOnly: true };
      const base = `${podSpecPath}/containers/${m.index}/volumeMounts`;
      object.addJsonPatch(m.hasMounts ? JsonPatch.add(`${base}/-`, mount) : JsonPatch.add(base, [mount]));
    }
  }
}
