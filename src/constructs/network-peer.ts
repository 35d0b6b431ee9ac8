/** A port a NetworkPolicy rule opens: a number (TCP) or a port with protocol. */
export type NetworkPortSpec = number | { readonly port: number | string; readonly protocol?: 'TCP' | 'UDP' | 'SCTP'; readonly endPort?: number };

/** The JSON of one NetworkPolicy peer (`from`/`to` entry). */
export interface NetworkPolicyPeerJson {
  /** Pods selected by labels. @default - all pods (of the selected namespaces) */
  readonly podSelector?: { readonly matchLabels?: Record<string, string> };
  /** Namespaces selected by labels. @default - the policy's own namespace */
  readonly namespaceSelector?: { readonly matchLabels?: Record<string, string> };
  /** An address block. @default - none (pod/namespace selectors are used) */
  readonly ipBlock?: { readonly cidr: string; readonly except?: string[] };
}

/** Something traffic can be allowed from or to. `SecureDeployment` and `SecureCronJob` are peers too. */
export interface INetworkPeer {
  /**
   * The peer as seen from a NetworkPolicy in `fromNamespace` (a namespaceSelector is added when
   * the peer lives in another namespace).
   */
  toNetworkPolicyPeer(fromNamespace: string | undefined): NetworkPolicyPeerJson;
}

/** Label every namespace carries (Kubernetes ≥ 1.21), used to select a namespace by name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Common peers: pods by labels, whole namespaces and CIDR blocks. */
export class NetworkPeer implements INetworkPeer {
  /** Every pod in the namespace called `name`. */
  public static namespace(name: string): NetworkPeer {
    return new NetworkPeer({ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: name } } });
  }

  /** Pods with `labels`, in `namespace` (default: the namespace of the policy). */
  public static pods(labels: Record<string, string>, namespace?: string): NetworkPeer {
    return new NetworkPeer({
      podSelector: { matchLabels: { ...labels } },
      ...(namespace !== undefined ? { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } } } : {}),
    });
  }

  /** Addresses in `cidr`, minus `except`. Prefer namespaces or pods for in-cluster traffic. */
  public static cidr(cidr: string, except?: string[]): NetworkPeer {
    return new NetworkPeer({ ipBlock: { cidr, ...(except?.length ? { except: [...except] } : {}) } });
  }

  private constructor(private readonly json: NetworkPolicyPeerJson) {}

  public toNetworkPolicyPeer(fromNamespace: string | undefined): NetworkPolicyPeerJson {
    // A pods() peer in the policy's own namespace needs no namespaceSelector.
    const ns = this.json.namespaceSelector?.matchLabels?.[NAMESPACE_NAME_LABEL];
    if (this.json.podSelector && ns !== undefined && ns === fromNamespace) return { podSelector: this.json.podSelector };
    return this.json;
  }
}

/** Converts port specs to NetworkPolicy port JSON. */
export function networkPolicyPorts(ports: readonly NetworkPortSpec[]): Array<Record<string, unknown>> {
  return ports.map((p) =>
    typeof p === 'number' ? { port: p, protocol: 'TCP' } : { port: p.port, protocol: p.protocol ?? 'TCP', ...(p.endPort !== undefined ? { endPort: p.endPort } : {}) },
  );
}
