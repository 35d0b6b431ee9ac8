import { IConstruct } from 'constructs';
import { InsecurePropError } from './errors';

/** One RBAC permission, as in a Role rule. */
export interface RbacGrant {
  /** Verbs such as `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`. No wildcard. */
  readonly verbs: readonly string[];
  /** Resources (optionally with subresource, `deployments/scale`). No wildcard. */
  readonly resources: readonly string[];
  /** API groups; `''` is the core group. No wildcard. @default [''] */
  readonly apiGroups?: readonly string[];
  /** Limit the grant to these object names. @default - every object of the resources (not allowed for secrets) */
  readonly resourceNames?: readonly string[];
}

/** Verbs that let a subject gain permissions it does not have. */
const ESCALATION_VERBS = ['escalate', 'bind', 'impersonate'];
/** Subresources that give a shell, a tunnel or raw node access. */
const REMOTE_ACCESS = ['pods/exec', 'pods/attach', 'pods/portforward', 'nodes/proxy'];
const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const WEBHOOKS = ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'];
/** Built-in roles too broad to bind to an application identity. */
export const FORBIDDEN_ROLES = ['cluster-admin', 'admin', 'edit'];

/** Refuses a grant that is a wildcard or a known privilege-escalation path; returns the normalized rule. */
export function checkGrant(scope: IConstruct, prop: string, grant: RbacGrant): Record<string, unknown> {
  const refuse = (field: string, problem: string, fix: string): never => {
    throw new InsecurePropError(scope.node.path, `${prop}.${field}`, problem, fix);
  };
  const verbs = [...(grant.verbs ?? [])].map((v) => String(v));
  const resources = [...(grant.resources ?? [])].map((r) => String(r));
  const apiGroups = [...(grant.apiGroups ?? [''])].map((g) => String(g));
  const names = grant.resourceNames ? [...grant.resourceNames] : undefined;
  if (!verbs.length) refuse('verbs', 'is empty', 'name the verbs the workload needs, e.g. ["get"]');
  if (!resources.length) refuse('resources', 'is empty', 'name the resources the workload needs, e.g. ["configmaps"]');
  if (verbs.includes('*')) refuse('verbs', 'contains the wildcard "*"', 'list the verbs explicitly, e.g. ["get", "list"]');
  if (resources.some((r) => r === '*' || r.endsWith('/*'))) refuse('resources', 'contains a wildcard', 'list the resources explicitly');
  if (apiGroups.includes('*')) refuse('apiGroups', 'contains the wildcard "*"', 'list the API groups explicitly ("" is the core group)');
  const lower = resources.map((r) => r.toLowerCase());
  const escalation = verbs.find((v) => ESCALATION_VERBS.includes(v.toLowerCase()));
  if (escalation) refuse('verbs', `contains "${escalation}", which lets the subject gain permissions it does not hold`, 'grant the specific permissions needed instead of escalate/bind/impersonate');
  const remote = lower.find((r) => REMOTE_ACCESS.includes(r));
  if (remote) refuse('resources', `contains "${remote}", which gives shell or tunnel access`, 'use logs, metrics or a debug workflow outside the application identity');
  if (lower.includes('secrets')) {
    const bulk = verbs.find((v) => v === 'list' || v === 'watch');
    if (bulk) refuse('verbs', `grants "${bulk}" on secrets, which returns every Secret's content`, 'grant "get" on named Secrets (grantRead(secret))');
    if (!names?.length) refuse('resourceNames', 'is empty for secrets, so every Secret in the namespace is readable', 'name the Secrets in resourceNames (grantRead(secret))');
  }
  if (lower.includes('serviceaccounts/token') && verbs.includes('create')) refuse('resources', 'grants create on serviceaccounts/token, which mints tokens for other identities', 'mount a projected token for the workload itself instead');
  if (lower.includes('certificatesigningrequests/approval') || (lower.includes('signers') && verbs.includes('approve'))) {
    refuse('resources', 'grants approval of certificate signing requests, which can mint cluster credentials', 'leave CSR approval to cluster administrators');
  }
  const webhook = lower.find((r) => WEBHOOKS.includes(r));
  if (webhook && verbs.some((v) => WRITE_VERBS.includes(v))) refuse('resources', `grants writing ${webhook}, which can intercept or alter every API request`, 'leave admission webhooks to cluster administrators');
  return { apiGroups, resources, verbs, ...(names?.length ? { resourceNames: names } : {}) };
}

/** Refuses a binding to a built-in role that is far broader than any application needs. */
export function checkRoleRef(scope: IConstruct, prop: string, roleName: string): void {
  if (FORBIDDEN_ROLES.includes(roleName)) {
    throw new InsecurePropError(scope.node.path, prop, `binds the built-in "${roleName}" role`, 'grant the specific permissions needed with grant({ verbs, resources, resourceNames })');
  }
}
