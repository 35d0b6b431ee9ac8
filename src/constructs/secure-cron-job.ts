import { ApiObject, Chart, Cron, Duration, JsonPatch, Names } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { LeastPrivilegeServiceAccount } from './least-privilege-service-account';
import { INetworkPeer, NAMESPACE_NAME_LABEL, NetworkPolicyPeerJson, NetworkPortSpec } from './network-peer';
import { SecureDefaults } from './secure-defaults';
import { buildSecurePod, patchPodSecurity, SecurePodProps } from './secure-pod';
import { WorkloadNetworkPolicy } from './workload-network-policy';

/** Props of a SecureCronJob. */
export interface SecureCronJobProps extends SecurePodProps {
  /** When to run, e.g. `Cron.schedule({ minute: '0', hour: '3' })`. */
  readonly schedule: Cron;
  /** Name of the CronJob and of its NetworkPolicy and ServiceAccount. @default - derived from the construct id */
  readonly name?: string;
  /** The identity of the job pods. @default - a new LeastPrivilegeServiceAccount */
  readonly serviceAccount?: kplus.IServiceAccount;
  /** Time zone of the schedule (IANA name). @default - the controller's time zone */
  readonly timeZone?: string;
  /** What to do when a run is still going at the next schedule. @default kplus.ConcurrencyPolicy.FORBID */
  readonly concurrencyPolicy?: kplus.ConcurrencyPolicy;
  /** How late a missed run may still start. @default Duration.minutes(5) */
  readonly startingDeadline?: Duration;
  /** Kill a run that takes longer than this. @default Duration.hours(1) */
  readonly activeDeadline?: Duration;
  /** Retries before a run is marked failed. @default 2 */
  readonly backoffLimit?: number;
  /** Delete finished Jobs (and their pods) after this long. @default Duration.hours(24) */
  readonly ttlAfterFinished?: Duration;
}

/**
 * A CronJob with the same hardening as SecureDeployment: non-root, seccomp, ALL capabilities
 * dropped, read-only root filesystem with `scratch` dirs, no API token, its own least-privilege
 * ServiceAccount, requests and a memory limit, a pinned image and a deny-by-default NetworkPolicy.
 * Runs do not overlap, are bounded in time and are cleaned up after a day.
 */
export class SecureCronJob extends Construct implements INetworkPeer {
  /** The cdk8s-plus CronJob. */
  public readonly cronJob: kplus.CronJob;
  /** The identity of the job pods. */
  public readonly serviceAccount: kplus.IServiceAccount;
  /** The NetworkPolicy selecting the job pods. */
  public readonly networkPolicy: WorkloadNetworkPolicy;
  /** Object names. */
  public readonly name: string;
  /** Labels that select the job pods. */
  public readonly selectorLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: SecureCronJobProps) {
    super(scope, id);
    const defaults = SecureDefaults.resolve(this);
    this.name = props.name ?? Names.toDnsLabel(this, { includeHash: false }).slice(-52).replace(/^-+/, '');
    const parts = buildSecurePod(this, props, defaults);
    this.selectorLabels = { 'app.kubernetes.io/name': this.name, 'app.kubernetes.io/instance': this.name };
    const labels = { ...defaults.labels, ...(props.labels ?? {}), ...this.selectorLabels, 'app.kubernetes.io/managed-by': 'cdk8s' };
    this.serviceAccount = props.serviceAccount ?? new LeastPrivilegeServiceAccount(this, 'ServiceAccount', { name: this.name, labels });

    this.cronJob = new kplus.CronJob(this, 'CronJob', {
      metadata: { name: this.name, labels },
      schedule: props.schedule,
      timeZone: props.timeZone,
      concurrencyPolicy: props.concurrencyPolicy ?? kplus.ConcurrencyPolicy.FORBID,
      startingDeadline: props.startingDeadline ?? Duration.minutes(5),
      activeDeadline: props.activeDeadline ?? Duration.hours(1),
      backoffLimit: props.backoffLimit ?? 2,
      ttlAfterFinished: props.ttlAfterFinished ?? Duration.hours(24),
      select: false,
      podMetadata: { labels },
      serviceAccount: this.serviceAccount,
      automountServiceAccountToken: false,
      containers: parts.containers,
      initContainers: parts.initContainers,
      volumes: parts.volumes,
      dockerRegistryAuth: props.imagePullSecrets?.[0],
      securityContext: { ensureNonRoot: true },
    });
    const api = ApiObject.of(this.cronJob);
    patchPodSecurity(api, '/spec/jobTemplate/spec/template/spec', parts);
    // Label the Jobs too, so they show up with the rest of the app.
    api.addJsonPatch(JsonPatch.add('/spec/jobTemplate/metadata', { labels }));
    this.networkPolicy = new WorkloadNetworkPolicy(this, 'NetworkPolicy', { name: this.name, podLabels: this.selectorLabels, labels });
  }

  /**
   * Allows traffic from `peer` to the job pods on `ports` (rarely needed for jobs). When `peer` is a
   * SecureDeployment or SecureCronJob, its egress to the job pods is opened too.
   */
  public allowFrom(peer: INetworkPeer, ...ports: NetworkPortSpec[]): void {
    this.networkPolicy.allowFrom(peer, ...ports);
    const policy = (peer as { networkPolicy?: unknown }).networkPolicy;
    if (policy instanceof WorkloadNetworkPolicy) policy.allowTo(this, ...ports);
  }

  /**
   * Allows traffic from the job pods to `peer`. When `peer` is a SecureDeployment, its ingress from
   * the job is opened too (on its container port by default).
   */
  public allowTo(peer: INetworkPeer, ...ports: NetworkPortSpec[]): void {
    const target = peer as { allowFrom?: unknown; networkPolicy?: unknown };
    if (target.networkPolicy instanceof WorkloadNetworkPolicy && typeof target.allowFrom === 'function') {
      (peer as unknown as { allowFrom(p: INetworkPeer, ...ports: NetworkPortSpec[]): void }).allowFrom(this, ...ports);
      return;
    }
    this.networkPolicy.allowTo(peer, ...ports);
  }

  /** The job pods, as a NetworkPolicy peer. */
  public toNetworkPolicyPeer(fromNamespace: string | undefined): NetworkPolicyPeerJson {
    const ns = Chart.of(this).namespace;
    return {
      podSelector: { matchLabels: { ...this.selectorLabels } },
      ...(ns !== undefined && ns !== fromNamespace ? { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: ns } } } : {}),
    };
  }
}
