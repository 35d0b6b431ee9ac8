import { ApiObject, Chart, JsonPatch, Names } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { InsecurePropError } from './errors';
import { LeastPrivilegeServiceAccount } from './least-privilege-service-account';
import { INetworkPeer, NAMESPACE_NAME_LABEL, NetworkPolicyPeerJson, NetworkPortSpec } from './network-peer';
import { SecureDefaults } from './secure-defaults';
import { buildSecurePod, patchPodSecurity, SecurePodProps } from './secure-pod';
import { recordException, requireException, SecurityException } from './security-exception';
import { WorkloadNetworkPolicy } from './workload-network-policy';

/** How a SecureDeployment is exposed. */
export interface SecureServiceProps {
  /**
   * Service type. `NodePort` and `LoadBalancer` open the workload outside the cluster and need
   * `exception`.
   * @default 'ClusterIP'
   */
  readonly type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** Service port. @default - the first container port */
  readonly port?: number;
  /** Container port the Service forwards to. @default - the first container port */
  readonly targetPort?: number;
  /** Recorded reason for NodePort/LoadBalancer exposure. @default - external exposure is refused */
  readonly exception?: SecurityException;
}

/** Props of a SecureDeployment. */
export interface SecureDeploymentProps extends SecurePodProps {
  /** Name of the Deployment and of its Service, NetworkPolicy, PDB and ServiceAccount. @default - derived from the construct id */
  readonly name?: string;
  /** Replicas. @default - SecureDefaults replicas (2) */
  readonly replicas?: number;
  /**
   * The identity the pods run as. By default the deployment gets its own
   * LeastPrivilegeServiceAccount (no permissions, no token), reachable as `serviceAccount`.
   * @default - a new LeastPrivilegeServiceAccount
   */
  readonly serviceAccount?: kplus.IServiceAccount;
  /** The Service in front of the pods; `false` for none. @default - a ClusterIP Service on the first container port, if there is one */
  readonly service?: SecureServiceProps | false;
  /**
   * Spread pods across nodes and zones (`topologySpreadConstraints`, `ScheduleAnyway` so small
   * clusters still schedule).
   * @default true
   * @see https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
   */
  readonly spread?: boolean;
  /** `maxUnavailable` of the PodDisruptionBudget created when replicas ≥ 2. @default 1 */
  readonly maxUnavailable?: number;
}

/**
 * A Deployment that is secure by default: non-root, seccomp RuntimeDefault, ALL capabilities
 * dropped, no privilege escalation, read-only root filesystem (with `scratch` emptyDirs for
 * writable paths), no host namespaces, ports or paths, no API token, its own least-privilege
 * ServiceAccount, requests and a memory limit, probes, an image pinned by digest or from an allowed
 * registry, a NetworkPolicy that allows only what you declare, 2 replicas spread across nodes with
 * a PodDisruptionBudget, and a ClusterIP Service.
 *
 * Insecure props are refused with an InsecurePropError naming the prop and the safe alternative.
 * Defaults come from `SecureDefaults.of(scope)`.
 */
export class SecureDeployment extends Construct implements INetworkPeer {
  /** The cdk8s-plus Deployment (use it for anything not covered here). */
  public readonly deployment: kplus.Deployment;
  /** The identity of the pods. */
  public readonly serviceAccount: kplus.IServiceAccount;
  /** The NetworkPolicy selecting the pods. */
  public readonly networkPolicy: WorkloadNetworkPolicy;
  /** The Service, unless `service: false` or there is no container port. */
  public readonly service?: ApiObject;
  /** The PodDisruptionBudget, when replicas ≥ 2. */
  public readonly podDisruptionBudget?: ApiObject;
  /** Object names. */
  public readonly name: string;
  /** Labels that select the pods. */
  public readonly selectorLabels: Readonly<Record<string, string>>;
  /** Port of the Service, if any. */
  public readonly servicePort?: number;
  /** Container port the Service targets, if any. */
  public readonly containerPort?: number;

  constructor(scope: Construct, id: string, props: SecureDeploymentProps) {
    super(scope, id);
    const defaults = SecureDefaults.resolve(this);
    this.name = props.name ?? Names.toDnsLabel(this, { includeHash: false }).slice(-63).replace(/^-+/, '');
    const parts = buildSecurePod(this, props, defaults, { requireProbes: true });
    const replicas = props.replicas ?? defaults.replicas;
    if (!Number.isInteger(replicas) || replicas < 0) throw new InsecurePropError(this.node.path, 'replicas', `must be a non-negative integer (got ${replicas})`, 'give a replica count such as 2');

    this.selectorLabels = { 'app.kubernetes.io/name': this.name, 'app.kubernetes.io/instance': this.name };
    const labels = { ...defaults.labels, ...(props.labels ?? {}), ...this.selectorLabels, 'app.kubernetes.io/managed-by': 'cdk8s' };

    this.serviceAccount = props.serviceAccount ?? new LeastPrivilegeServiceAccount(this, 'ServiceAccount', { name: this.name, labels });

    this.deployment = new kplus.Deployment(this, 'Deployment', {
      metadata: { name: this.name, labels },
      replicas,
      select: false,
      spread: false,
      podMetadata: { labels },
      serviceAccount: this.serviceAccount,
      automountServiceAccountToken: false,
      containers: parts.containers,
      initContainers: parts.initContainers,
      volumes: parts.volumes,
      dockerRegistryAuth: props.imagePullSecrets?.[0],
      securityContext: { ensureNonRoot: true },
    });
    this.deployment.select(kplus.LabelSelector.of({ labels: { ...this.selectorLabels } }));
    const api = ApiObject.of(this.deployment);
    patchPodSecurity(api, '/spec/template/spec', parts);
    if (props.imagePullSecrets && props.imagePullSecrets.length > 1) {
      api.addJsonPatch(JsonPatch.add('/spec/template/spec/imagePullSecrets', props.imagePullSecrets.map((s) => ({ name: s.name }))));
    }
    if (props.spread ?? true) {
      api.addJsonPatch(
        JsonPatch.add(
          '/spec/template/spec/topologySpreadConstraints',
          ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({
            maxSkew: 1,
            topologyKey,
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: { matchLabels: { ...this.selectorLabels } },
          })),
        ),
      );
    }

    this.networkPolicy = new WorkloadNetworkPolicy(this, 'NetworkPolicy', { name: this.name, podLabels: this.selectorLabels, labels });

    if (replicas >= 2) {
      this.podDisruptionBudget = new ApiObject(this, 'PodDisruptionBudget', {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: this.name, labels },
        spec: {
          maxUnavailable: props.maxUnavailable ?? 1,
          selector: { matchLabels: { ...this.selectorLabels } },
          // Evicting pods that are not ready anyway never reduces availability, and keeps node drains unblocked.
          unhealthyPodEvictionPolicy: 'AlwaysAllow',
        },
      });
    }

    const firstPort = parts.containers.flatMap((c) => c.ports?.map((p) => p.number) ?? (c.portNumber !== undefined ? [c.portNumber] : []))[0];
    if (props.service !== false && (firstPort !== undefined || props.service?.targetPort !== undefined)) {
      const service = props.service ?? {};
      const type = service.type ?? 'ClusterIP';
      const exception =
        type !== 'ClusterIP'
          ? requireException(this, 'service.type', service.exception, `use type ClusterIP behind an Ingress or Gateway, or pass service: { type: '${type}', exception: { reason, ruleIds } }`)
          : undefined;
      this.containerPort = service.targetPort ?? firstPort;
      this.servicePort = service.port ?? this.containerPort;
      this.service = new ApiObject(this, 'Service', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: this.name, labels },
        spec: {
          type,
          selector: { ...this.selectorLabels },
          ports: [{ name: 'main', port: this.servicePort, targetPort: this.containerPort, protocol: 'TCP' }],
        },
      });
      if (exception) recordException(this.service, 'service.type', exception);
    } else {
      this.containerPort = firstPort;
    }
  }

  /**
   * Allows traffic from `peer` to these pods on `ports` (default: the container port).
   * When `peer` is another SecureDeployment/SecureCronJob, its egress to these pods is opened too.
   */
  public allowFrom(peer: INetworkPeer, ...ports: NetworkPortSpec[]): void {
    const p = ports.length ? ports : this.containerPort !== undefined ? [this.containerPort] : [];
    this.networkPolicy.allowFrom(peer, ...p);
    if (hasNetworkPolicy(peer)) peer.networkPolicy.allowTo(this, ...p);
  }

  /**
   * Allows traffic from these pods to `peer` on `ports` (all ports when none are given).
   * When `peer` is a SecureDeployment or SecureCronJob, its ingress from these pods is opened too
   * (on a SecureDeployment's container port by default).
   */
  public allowTo(peer: INetworkPeer, ...ports: NetworkPortSpec[]): void {
    if (hasNetworkPolicy(peer) && typeof (peer as { allowFrom?: unknown }).allowFrom === 'function') {
      (peer as unknown as { allowFrom(p: INetworkPeer, ...ports: NetworkPortSpec[]): void }).allowFrom(this, ...ports);
      return;
    }
    this.networkPolicy.allowTo(peer, ...ports);
  }

  /** These pods, as a NetworkPolicy peer. */
  public toNetworkPolicyPeer(fromNamespace: string | undefined): NetworkPolicyPeerJson {
    const ns = Chart.of(this).namespace;
    return {
      podSelector: { matchLabels: { ...this.selectorLabels } },
      ...(ns !== undefined && ns !== fromNamespace ? { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: ns } } } : {}),
    };
  }
}

function hasNetworkPolicy(peer: INetworkPeer): peer is INetworkPeer & { networkPolicy: WorkloadNetworkPolicy } {
  return (peer as { networkPolicy?: unknown }).networkPolicy instanceof WorkloadNetworkPolicy;
}
