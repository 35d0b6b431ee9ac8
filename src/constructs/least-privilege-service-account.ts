import { ApiObject, Chart, JsonPatch, Lazy } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { InsecurePropError } from './errors';
import { checkGrant, checkRoleRef, RbacGrant } from './rbac-policy';
import { recordException, requireException, SecurityException } from './security-exception';

/** A Secret that can be read by name (EncryptedSecret implements it). */
export interface ISecretReference {
  /** Name of the Kubernetes Secret. */
  readonly secretName: string;
}

/** Props of a LeastPrivilegeServiceAccount. */
export interface LeastPrivilegeServiceAccountProps {
  /** ServiceAccount name. @default - generated from the construct path */
  readonly name?: string;
  /** Labels of the ServiceAccount, Role and RoleBinding. @default - `app.kubernetes.io/name` set to the account name */
  readonly labels?: Readonly<Record<string, string>>;
  /** Namespaced permissions, granted through one Role and RoleBinding. @default - none */
  readonly grants?: readonly RbacGrant[];
  /**
   * Only `false` is accepted: tokens are mounted per pod, explicitly, where needed.
   * @default false
   */
  readonly automountToken?: false;
}

/**
 * A ServiceAccount that does nothing until you grant it something: no token automount, and
 * namespaced Role + RoleBinding built only from explicit, checked grants. Wildcards,
 * escalate/bind/impersonate, list/watch on Secrets, exec/attach/port-forward, token minting,
 * CSR approval and webhook writes are refused at construction time, as are bindings to
 * cluster-admin, admin and edit. Cluster-wide grants need a recorded SecurityException.
 */
export class LeastPrivilegeServiceAccount extends kplus.ServiceAccount {
  private readonly rules: Array<Record<string, unknown>> = [];
  private readonly clusterRules: Array<Record<string, unknown>> = [];
  private role?: ApiObject;
  private clusterScope?: Construct;
  private readonly labels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: LeastPrivilegeServiceAccountProps = {}) {
    if (props.automountToken !== undefined && props.automountToken !== false) {
      throw new InsecurePropError(`${scope.node.path}/${id}`, 'automountToken', 'mounts an API token into every pod of this account', 'leave it unset; mount a projected serviceAccountToken volume only in pods that call the API');
    }
    super(scope, id, { automountToken: false, metadata: { ...(props.name ? { name: props.name } : {}), labels: { ...(props.labels ?? {}) } } });
    this.labels = { 'app.kubernetes.io/name': this.name, ...(props.labels ?? {}) };
    for (const [k, v] of Object.entries(this.labels)) this.metadata.addLabel(k, v);
    (props.grants ?? []).forEach((g, i) => this.addRule(checkGrant(this, `grants[${i}]`, g)));
  }

  /** Grants a namespaced permission (checked: see the class description). */
  public grant(grant: RbacGrant): void {
    this.addRule(checkGrant(this, 'grant()', grant));
  }

  /** Lets the account `get` exactly this Secret (no list, no watch). */
  public grantRead(secret: ISecretReference): void {
    this.grant({ verbs: ['get'], resources: ['secrets'], resourceNames: [secret.secretName] });
  }

  /** Lets the account `get` the named ConfigMaps. */
  public grantReadConfigMaps(...names: string[]): void {
    this.grant({ verbs: ['get'], resources: ['configmaps'], resourceNames: names });
  }

  /**
   * Binds an existing ClusterRole inside this namespace only (a RoleBinding), e.g. `view`.
   * cluster-admin, admin and edit are refused.
   */
  public bindClusterRoleInNamespace(clusterRoleName: string): void {
    checkRoleRef(this, 'bindClusterRoleInNamespace()', clusterRoleName);
    this.binding(this, `Binding-${clusterRoleName}`, 'RoleBinding', 'ClusterRole', clusterRoleName);
  }

  /**
   * Grants a permission in every namespace (ClusterRole + ClusterRoleBinding). Cluster-wide access
   * is refused unless `exception` gives a reason; the exception is recorded and reported.
   */
  public grantClusterWide(grant: RbacGrant, exception: SecurityException): void {
    requireException(this, 'grantClusterWide()', exception, 'grant the permission in this namespace with grant(), which creates a Role and RoleBinding');
    this.clusterRules.push(checkGrant(this, 'grantClusterWide()', grant));
    if (!this.clusterScope) {
      // The cluster-scoped objects get their own scope, so the exception covers them and nothing else.
      this.clusterScope = new Construct(this, 'ClusterWide');
      const clusterRole = new ApiObject(this.clusterScope, 'ClusterRole', {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: `${this.namespaceOrThrow()}-${this.name}`, labels: { ...this.labels } },
        rules: Lazy.any({ produce: () => this.clusterRules }),
      });
      // ClusterRoles are cluster-scoped: drop the namespace the chart would add.
      clusterRole.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
      this.binding(this.clusterScope, 'ClusterBinding', 'ClusterRoleBinding', 'ClusterRole', `${this.namespaceOrThrow()}-${this.name}`);
    }
    recordException(this.clusterScope, 'grantClusterWide()', exception);
  }

  private addRule(rule: Record<string, unknown>): void {
    this.rules.push(rule);
    if (this.role) return;
    this.role = new ApiObject(this, 'Role', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: this.name, labels: { ...this.labels } },
      rules: Lazy.any({ produce: () => this.rules }),
    });
    this.binding(this, 'RoleBinding', 'RoleBinding', 'Role', this.name);
  }

  private binding(scope: Construct, id: string, kind: 'RoleBinding' | 'ClusterRoleBinding', roleKind: 'Role' | 'ClusterRole', roleName: string): void {
    const namespace = this.namespaceOrThrow();
    const obj = new ApiObject(scope, id, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind,
      metadata: { name: kind === 'ClusterRoleBinding' ? `${namespace}-${this.name}` : `${this.name}-${roleName}`.slice(0, 253), labels: { ...this.labels } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleName },
      subjects: [{ kind: 'ServiceAccount', name: this.name, namespace }],
    });
    if (kind === 'ClusterRoleBinding') obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
  }

  private namespaceOrThrow(): string {
    const ns = Chart.of(this).namespace;
    if (!ns) {
      throw new InsecurePropError(this.node.path, 'namespace', 'is not set, so the RoleBinding subject would point at an unknown namespace', 'create the account inside an IsolatedNamespace or a Chart with `namespace` set');
    }
    return ns;
  }
}
