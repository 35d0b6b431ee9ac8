import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { IConstruct } from 'constructs';

/** Seccomp profile every secure workload runs with. */
export interface SeccompSetting {
  /** `RuntimeDefault` or `Localhost`; `Unconfined` is refused. @default 'RuntimeDefault' */
  readonly type: 'RuntimeDefault' | 'Localhost';
  /** Profile path on the node, required when `type` is `Localhost`. @default - none */
  readonly localhostProfile?: string;
}

/**
 * Defaults shared by the secure workload constructs (`SecureDeployment`, `SecureCronJob`).
 * Set them once per app, chart or any scope with `SecureDefaults.of(scope).set({...})`; a construct
 * uses the values set on its nearest scopes (nearer scopes override farther ones) and its own
 * props override both.
 */
export interface SecureDefaultValues {
  /** Replicas of a SecureDeployment. @default 2 */
  readonly replicas?: number;
  /** CPU request of each container. @default 100m */
  readonly cpuRequest?: kplus.Cpu;
  /**
   * CPU limit of each container. CPU limits throttle bursts and often hurt latency, so none is set
   * unless you ask for one.
   * @default - no CPU limit
   * @see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   */
  readonly cpuLimit?: kplus.Cpu;
  /**
   * Memory request of each container. Equal to the limit by default: memory cannot be throttled,
   * so a request below the limit only invites OOM kills when the node is overcommitted.
   * @default - the memory limit
   */
  readonly memoryRequest?: Size;
  /** Memory limit of each container (required: memory is not compressible). @default 256Mi */
  readonly memoryLimit?: Size;
  /** Ephemeral-storage request of each container (logs, writable layers, emptyDirs); whole GiB, as cdk8s-plus writes it. @default 1Gi */
  readonly ephemeralStorageRequest?: Size;
  /** Ephemeral-storage limit of each container; a runaway log or temp file evicts the pod instead of filling the node; whole GiB. @default 2Gi */
  readonly ephemeralStorageLimit?: Size;
  /** Size limit of each writable scratch directory (`scratch: ['/tmp']`). @default 64Mi */
  readonly scratchSizeLimit?: Size;
  /**
   * Registries (or registry/repository prefixes, e.g. `ghcr.io/acme`) whose images may be used by
   * tag. Images from anywhere else must be pinned by digest (`image@sha256:…`).
   * @default - none: every image must be pinned by digest
   */
  readonly allowedRegistries?: readonly string[];
  /** UID of every container; never 0. @default - the image's user (runAsNonRoot still makes the kubelet refuse root) */
  readonly runAsUser?: number;
  /** GID of every container; never 0. @default - the image's group */
  readonly runAsGroup?: number;
  /** Group owning mounted volumes; never 0. @default - volume ownership is not changed */
  readonly fsGroup?: number;
  /** Seccomp profile. @default { type: 'RuntimeDefault' } */
  readonly seccompProfile?: SeccompSetting;
  /**
   * Run pods in a user namespace (`hostUsers: false`), so root inside a container is not root on
   * the node. Needs node support (Linux ≥ 6.3 and a runtime with idmap mounts, e.g. containerd 2,
   * CRI-O 1.25); pods fail to start on nodes without it, hence off by default.
   * @default false
   * @see https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/
   */
  readonly userNamespaces?: boolean;
  /**
   * PriorityClass of the pods, so the scheduler evicts less important pods first under pressure.
   * The class must exist in the cluster.
   * @default - none (priority 0, or the cluster's globalDefault class)
   * @see https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/
   */
  readonly priorityClassName?: string;
  /**
   * RuntimeClass of the pods, e.g. a sandbox such as `gvisor` or `kata`, so a container escape does
   * not reach the node kernel. The class must exist in the cluster.
   * @default - none (the node's default runtime)
   * @see https://kubernetes.io/docs/concepts/containers/runtime-class/
   */
  readonly runtimeClassName?: string;
  /** Labels added to every object and pod, e.g. `app.kubernetes.io/part-of`. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The values in effect for one construct, every default filled in (see SecureDefaultValues for each field). */
export interface ResolvedSecureDefaults {
  readonly replicas: number;
  readonly cpuRequest: kplus.Cpu;
  /** See SecureDefaultValues.cpuLimit. @default - unset */
  readonly cpuLimit?: kplus.Cpu;
  /** See SecureDefaultValues.memoryRequest. @default - unset */
  readonly memoryRequest?: Size;
  readonly memoryLimit: Size;
  readonly ephemeralStorageRequest: Size;
  readonly ephemeralStorageLimit: Size;
  readonly scratchSizeLimit: Size;
  readonly allowedRegistries: readonly string[];
  /** See SecureDefaultValues.runAsUser. @default - unset */
  readonly runAsUser?: number;
  /** See SecureDefaultValues.runAsGroup. @default - unset */
  readonly runAsGroup?: number;
  /** See SecureDefaultValues.fsGroup. @default - unset */
  readonly fsGroup?: number;
  readonly seccompProfile: SeccompSetting;
  readonly userNamespaces: boolean;
  /** See SecureDefaultValues.priorityClassName. @default - unset */
  readonly priorityClassName?: string;
  /** See SecureDefaultValues.runtimeClassName. @default - unset */
  readonly runtimeClassName?: string;
  readonly labels: Readonly<Record<string, string>>;
}

const BUILT_IN = {
  replicas: 2,
  cpuRequest: kplus.Cpu.millis(100),
  memoryLimit: Size.mebibytes(256),
  ephemeralStorageRequest: Size.gibibytes(1),
  ephemeralStorageLimit: Size.gibibytes(2),
  scratchSizeLimit: Size.mebibytes(64),
  allowedRegistries: [] as readonly string[],
  seccompProfile: { type: 'RuntimeDefault' } as SeccompSetting,
  userNamespaces: false,
  labels: {},
};

const STORE = new WeakMap<IConstruct, SecureDefaults>();

/**
 * Per-scope defaults for secure constructs.
 *
 * @example
 * SecureDefaults.of(app).set({ allowedRegistries: ['ghcr.io/acme'], memoryLimit: Size.mebibytes(512) });
 */
export class SecureDefaults {
  /** The defaults attached to `scope` (created empty on first use). */
  public static of(scope: IConstruct): SecureDefaults {
    let defaults = STORE.get(scope);
    if (!defaults) {
      defaults = new SecureDefaults();
      STORE.set(scope, defaults);
    }
    return defaults;
  }

  /** The values in effect at `scope`: built-ins, overridden by each scope from the root down. */
  public static resolve(scope: IConstruct): ResolvedSecureDefaults {
    let merged: ResolvedSecureDefaults = BUILT_IN;
    for (const s of scope.node.scopes) {
      const values = STORE.get(s)?.values;
      if (!values) continue;
      merged = { ...merged, ...definedOnly(values), labels: { ...merged.labels, ...(values.labels ?? {}) } };
    }
    return merged;
  }

  private values: SecureDefaultValues = {};

  private constructor() {}

  /** Sets (merges) default values for every secure construct at or below this scope. */
  public set(values: SecureDefaultValues): this {
    this.values = { ...this.values, ...definedOnly(values), labels: { ...(this.values.labels ?? {}), ...(values.labels ?? {}) } };
    return this;
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
