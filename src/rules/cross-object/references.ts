import { stringList } from '../rbac/policy-rules';

/** Objects Kubernetes creates in every namespace or cluster, which an app never defines. */
function isBuiltIn(kind: string, name: string): boolean {
  switch (kind) {
    case 'ServiceAccount':
      return name === 'default';
    case 'ConfigMap':
      return name === 'kube-root-ca.crt';
    case 'ClusterRole':
      return ['cluster-admin', 'admin', 'edit', 'view'].includes(name) || name.startsWith('system:');
    case 'Role':
      return name.startsWith('system:') || name === 'extension-apiserver-authentication-reader';
    // Stryker disable next-line ConditionalExpression: without this branch the switch falls off and returns undefined, which callers treat as false
    default:
      return false;
  }
}

function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

/**
 * Option `externalNames` of the missing-reference rules: objects created outside the app. Entries
 * are `name`, `Kind/name` or `namespace/Kind/name`, with `*` as a wildcard; `*` alone turns the
 * check off. A namespace written `-` stands for the unspecified namespace.
 */
export class ExternalNames {
  private readonly patterns: Array<{ namespace?: RegExp; kind?: RegExp; name: RegExp }>;

  constructor(option: unknown) {
    this.patterns = stringList(option).map((entry) => {
      const parts = entry.split('/');
      const name = globToRegExp(parts[parts.length - 1]);
      if (parts.length === 1) return { name };
      if (parts.length === 2) return { kind: globToRegExp(parts[0]), name };
      return { namespace: globToRegExp(parts[0] === '-' ? '' : parts[0]), kind: globToRegExp(parts[1]), name };
    });
  }

  /** True when the object is built in or listed as created elsewhere. */
  public covers(kind: string, namespace: string, name: string): boolean {
    if (isBuiltIn(kind, name)) return true;
    return this.patterns.some((p) => p.name.test(name) && (!p.kind || p.kind.test(kind)) && (!p.namespace || p.namespace.test(namespace)));
  }
}

/** The default options shared by the missing-reference rules. */
export const REFERENCE_OPTIONS = { externalNames: [] as string[] };

/** Sentence for rule descriptions about the shared option. */
export const REFERENCE_OPTION_DOC =
  'Objects Kubernetes creates itself (ServiceAccount `default`, ConfigMap `kube-root-ca.crt`, built-in ClusterRoles) count as present. List objects created outside the app in the `externalNames` option (`name`, `Kind/name` or `namespace/Kind/name`, `*` as wildcard; `["*"]` turns the check off). Objects without a namespace only match other objects without a namespace.';
