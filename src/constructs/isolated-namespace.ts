import { ApiObject, Chart, ChartProps, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { InsecurePropError } from './errors';
import { NAMESPACE_NAME_LABEL, networkPolicyPorts, NetworkPortSpec } from './network-peer';
import { recordException, requireException, SecurityException } from './security-exception';
import { LATEST_KUBERNETES_MINOR, parseKubernetesVersion } from '../engine/version';

/** Pod Security Admission settings of an IsolatedNamespace. */
export interface PodSecurityAdmissionProps {
  /**
   * Level for the enforce, audit and warn labels. `privileged` turns Pod Security off and is
   * refused unless `exception` gives a reason.
   * @default 'restricted'
   * @see https://kubernetes.io/docs/concepts/security/pod-security-admission/
   */
  readonly level?: 'restricted' | 'baseline' | 'privileged';
  /**
   * Policy version pinned in the `-version` labels (`v1.N`), so a cluster upgrade cannot change
   * what is enforced without a code change.
   * @default - the newest version this package knows (LATEST_KUBERNETES_MINOR, `v1.37`)
   */
  readonly version?: string;
  /** Recorded reason for `level: 'privileged'`. @default - privileged is refused */
  readonly exception?: SecurityException;
}

/** Where cluster DNS runs, for the DNS egress policy. */
export interface DnsEgressProps {
  /** Namespace of the DNS pods. @default 'kube-system' */
  readonly namespace?: string;
  /** Labels of the DNS pods. @default { 'k8s-app': 'kube-dns' } (CoreDNS and kube-dns both use it) */
  readonly podLabels?: Readonly<Record<string, string>>;
}

/** LimitRange values for containers (Kubernetes quantities). */
export interface ContainerLimitRangeProps {
  /** Requests given to containers that set none. @default { cpu: '100m', memory: '256Mi', 'ephemeral-storage': '1Gi' } */
  readonly defaultRequest?: Readonly<Record<string, string>>;
  /** Limits given to containers that set none (no CPU limit by default). @default { memory: '256Mi', 'ephemeral-storage': '2Gi' } */
  readonly defaultLimit?: Readonly<Record<string, string>>;
  /** Largest limits a container may set. @default - none */
  readonly max?: Readonly<Record<string, string>>;
}

/** Props of an IsolatedNamespace. */
export interface IsolatedNamespaceProps extends Omit<ChartProps, 'namespace'> {
  /** Namespace name (a DNS label). Every object created inside this construct lands in it. */
  readonly name: string;
  /** Pod Security Admission labels. @default - restricted, pinned to v1.37 */
  readonly podSecurity?: PodSecurityAdmissionProps;
  /** Allow every pod to reach cluster DNS (UDP/TCP 53); `false` to opt out. @default - allowed, to kube-system pods labelled k8s-app=kube-dns */
  readonly dnsEgress?: DnsEgressProps | false;
  /**
   * ResourceQuota `hard` entries, merged over the defaults; `false` for none. The defaults cap
   * requests and memory limits, and allow no NodePort/LoadBalancer Services. No `limits.cpu` entry is
   * set by default, because it would force every pod to declare a CPU limit.
   * @default { 'requests.cpu': '4', 'requests.memory': '8Gi', 'limits.memory': '16Gi', pods: '50', 'services.nodeports': '0', 'services.loadbalancers': '0', persistentvolumeclaims: '10' }
   */
  readonly resourceQuota?: Readonly<Record<string, string>> | false;
  /** LimitRange for containers; `false` for none. @default - see ContainerLimitRangeProps */
  readonly limitRange?: ContainerLimitRangeProps | false;
}

const DEFAULT_QUOTA: Readonly<Record<string, string>> = {
  'requests.cpu': '4',
  'requests.memory': '8Gi',
  'limits.memory': '16Gi',
  'pods': '50',
  'services.nodeports': '0',
  'services.loadbalancers': '0',
  'persistentvolumeclaims': '10',
};

const PSA_MODES = ['enforce', 'audit', 'warn'] as const;

/**
 * A namespace that starts closed: Pod Security Admission at `restricted` (enforce, audit and warn,
 * each pinned to a version), default-deny NetworkPolicies for ingress and egress with DNS egress
 * allowed, and a ResourceQuota and LimitRange.
 *
 * It is a Chart whose `namespace` is the namespace name, so constructs created inside it
 * (`new SecureDeployment(ns, 'web', ...)`) land in the namespace.
 */
export class IsolatedNamespace extends Chart {
  /** Namespace name. */
  public readonly namespaceName: string;
  /** The Namespace object. */
  public readonly namespaceObject: ApiObject;
  private policyCount = 0;
  /** Labels of the namespace-level objects. */
  private readonly objectLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: IsolatedNamespaceProps) {
    if (typeof props.name !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(props.name)) {
      throw new InsecurePropError(`${scope.node.path}/${id}`, 'name', `(${JSON.stringify(props.name)}) is not a valid namespace name`, 'use a lowercase DNS label such as "shop"');
    }
    if (['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(props.name)) {
      throw new InsecurePropError(`${scope.node.path}/${id}`, 'name', `is the system namespace "${props.name}"`, 'give the application its own namespace');
    }
    const { name, podSecurity, dnsEgress, resourceQuota, limitRange, ...chartProps } = props;
    super(scope, id, { ...chartProps, namespace: name });
    this.namespaceName = name;
    this.objectLabels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'namespace', 'app.kubernetes.io/managed-by': 'cdk8s' };

    const level = podSecurity?.level ?? 'restricted';
    if (!['restricted', 'baseline', 'privileged'].includes(level)) {
      throw new InsecurePropError(this.node.path, 'podSecurity.level', `is "${String(level)}"`, 'use "restricted" (or "baseline")');
    }
    const exception =
      level === 'privileged'
        ? requireException(this, 'podSecurity.level', podSecurity?.exception, "keep level 'restricted', or pass podSecurity: { level: 'privileged', exception: { reason, ruleIds } }")
        : undefined;
    const version = this.pinnedVersion(podSecurity?.version);
    const psaLabels: Record<string, string> = {};
    for (const mode of PSA_MODES) {
      psaLabels[`pod-security.kubernetes.io/${mode}`] = level;
      psaLabels[`pod-security.kubernetes.io/${mode}-version`] = version;
    }

    this.namespaceObject = new ApiObject(this, 'Namespace', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: { ...this.objectLabels, [NAMESPACE_NAME_LABEL]: name, ...psaLabels } },
    });
    // Namespaces are cluster-scoped: drop the namespace the chart adds to its objects.
    this.namespaceObject.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    // The exception is about the Namespace object only, not about the workloads inside it.
    if (exception) recordException(this.namespaceObject, 'podSecurity.level', exception);

    this.policy('default-deny-ingress', { podSelector: {}, policyTypes: ['Ingress'] });
    this.policy('default-deny-egress', { podSelector: {}, policyTypes: ['Egress'] });
    if (dnsEgress !== false) {
      const dns = dnsEgress ?? {};
      this.policy('allow-dns-egress', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: dns.namespace ?? 'kube-system' } },
                podSelector: { matchLabels: { ...(dns.podLabels ?? { 'k8s-app': 'kube-dns' }) } },
              },
            ],
            ports: networkPolicyPorts([{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }]),
          },
        ],
      });
    }

    if (resourceQuota !== false) {
      new ApiObject(this, 'ResourceQuota', {
        apiVersion: 'v1',
        kind: 'ResourceQuota',
        metadata: { name: `${name}-quota`, labels: { ...this.objectLabels } },
        spec: { hard: { ...DEFAULT_QUOTA, ...(resourceQuota ?? {}) } },
      });
    }
    if (limitRange !== false) {
      const lr = limitRange ?? {};
      new ApiObject(this, 'LimitRange', {
        apiVersion: 'v1',
        kind: 'LimitRange',
        metadata: { name: `${name}-limits`, labels: { ...this.objectLabels } },
        spec: {
          limits: [
            {
              type: 'Container',
              defaultRequest: { 'cpu': '100m', 'memory': '256Mi', 'ephemeral-storage': '1Gi', ...(lr.defaultRequest ?? {}) },
              default: { 'memory': '256Mi', 'ephemeral-storage': '2Gi', ...(lr.defaultLimit ?? {}) },
              ...(lr.max ? { max: { ...lr.max } } : {}),
            },
          ],
        },
      });
    }
  }

  /** Allows traffic from every pod of namespace `namespace` to every pod here, on `ports` (all when none). */
  public allowFromNamespace(namespace: string | IsolatedNamespace, ...ports: NetworkPortSpec[]): ApiObject {
    const ns = typeof namespace === 'string' ? namespace : namespace.namespaceName;
    return this.policy(`allow-from-${ns}`, {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: ns } } }], ...(ports.length ? { ports: networkPolicyPorts(ports) } : {}) }],
    });
  }

  /** Allows traffic from every pod here to addresses in `cidr` (minus `except`), on `ports` (all when none). */
  public allowToCidr(cidr: string, ports: readonly NetworkPortSpec[] = [], except?: readonly string[]): ApiObject {
    if (cidr === '0.0.0.0/0' || cidr === '::/0') {
      throw new InsecurePropError(this.node.path, 'allowToCidr(cidr)', `is "${cidr}", which opens egress to the whole internet for every pod`, 'allow the specific CIDRs needed, or use allowTo on a single SecureDeployment');
    }
    return this.policy(`allow-to-${cidr.replace(/[^0-9a-f]+/gi, '-').replace(/-+$/, '')}`, {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr, ...(except?.length ? { except: [...except] } : {}) } }], ...(ports.length ? { ports: networkPolicyPorts(ports) } : {}) }],
    });
  }

  private pinnedVersion(version: string | undefined): string {
    if (version === undefined) return `v1.${LATEST_KUBERNETES_MINOR}`;
    let parsed;
    try {
      parsed = parseKubernetesVersion(version);
    } catch (error) {
      throw new InsecurePropError(this.node.path, 'podSecurity.version', (error as Error).message.replace(/\.$/, ''), `use a version such as v1.${LATEST_KUBERNETES_MINOR}`);
    }
    if (parsed.label === 'latest') {
      throw new InsecurePropError(this.node.path, 'podSecurity.version', 'is "latest", so a cluster upgrade silently changes what is enforced', `pin a version such as v1.${LATEST_KUBERNETES_MINOR}`);
    }
    return parsed.label;
  }

  private policy(name: string, spec: Record<string, unknown>): ApiObject {
    this.policyCount++;
    return new ApiObject(this, `NetworkPolicy${this.policyCount}`, {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: name.slice(0, 63).replace(/-+$/, ''), labels: { ...this.objectLabels } },
      spec,
    });
  }
}
