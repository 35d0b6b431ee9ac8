import { ApiObject, Chart, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { INetworkPeer, networkPolicyPorts, NetworkPortSpec } from './network-peer';

/** Props of a WorkloadNetworkPolicy. */
export interface WorkloadNetworkPolicyProps {
  /** Object name. */
  readonly name: string;
  /** Labels selecting the workload's pods. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Labels of the NetworkPolicy object. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

interface RuleEntry {
  readonly peer: INetworkPeer;
  readonly ports: readonly NetworkPortSpec[];
}

/**
 * A NetworkPolicy selecting one workload's pods, with both policy types, that allows only the
 * traffic added with `allowFrom` / `allowTo`. With no rules it denies everything, so it is safe
 * next to an IsolatedNamespace default deny (NetworkPolicies only ever add allowed traffic).
 */
export class WorkloadNetworkPolicy extends Construct {
  /** The NetworkPolicy ApiObject. */
  public readonly apiObject: ApiObject;
  private readonly ingress: RuleEntry[] = [];
  private readonly egress: RuleEntry[] = [];

  constructor(scope: Construct, id: string, props: WorkloadNetworkPolicyProps) {
    super(scope, id);
    const namespace = () => Chart.of(this).namespace;
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: props.name, labels: { ...(props.labels ?? {}) } },
      spec: {
        podSelector: { matchLabels: { ...props.podLabels } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: Lazy.any({ produce: () => this.ingress.map((r) => ({ from: [r.peer.toNetworkPolicyPeer(namespace())], ...portsOf(r) })) }),
        egress: Lazy.any({ produce: () => this.egress.map((r) => ({ to: [r.peer.toNetworkPolicyPeer(namespace())], ...portsOf(r) })) }),
      },
    });
  }

  /** Allows traffic from `peer` to the workload on `ports` (all ports when empty). */
  public allowFrom(peer: INetworkPeer, ...ports: NetworkPortSpec[]): void {
    this.ingress.push({ peer, ports });
  }

  /** Allows traffic from the workload to `peer` on `ports` (all ports when empty). */
  public allowTo(peer: INetworkPeer, ...ports: NetworkPortSpec[]): void {
    this.egress.push({ peer, ports });
  }
}

function portsOf(rule: RuleEntry): { ports?: Array<Record<string, unknown>> } {
  return rule.ports.length ? { ports: networkPolicyPorts(rule.ports) } : {};
}
