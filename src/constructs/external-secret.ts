import { ApiObject, ApiObjectMetadata } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * `spec` of an External Secrets Operator ExternalSecret (external-secrets.io/v1, the stable API
 * since ESO v0.17), limited to the fields this package writes.
 * @see https://external-secrets.io/latest/api/externalsecret/
 */
export interface ExternalSecretSpec {
  /** How often the operator re-reads the provider (Go duration, e.g. `1h`). */
  readonly refreshInterval: string;
  /** The SecretStore or ClusterSecretStore to read from. */
  readonly secretStoreRef: { readonly name: string; readonly kind: 'SecretStore' | 'ClusterSecretStore' };
  /** The Secret the operator writes. */
  readonly target: { readonly name: string; readonly creationPolicy: 'Owner' | 'Orphan' | 'Merge' | 'None'; readonly deletionPolicy?: 'Retain' | 'Delete' | 'Merge' };
  /** Secret key ← remote key (and optional property/version). */
  readonly data: ReadonlyArray<{
    readonly secretKey: string;
    readonly remoteRef: { readonly key: string; readonly property?: string; readonly version?: string };
  }>;
}

/** Props of an ExternalSecret ApiObject. */
export interface ExternalSecretObjectProps {
  /** Object metadata. */
  readonly metadata: ApiObjectMetadata;
  /** The spec. */
  readonly spec: ExternalSecretSpec;
}

/** A typed ExternalSecret ApiObject (external-secrets.io/v1). */
export class ExternalSecretObject extends ApiObject {
  constructor(scope: Construct, id: string, props: ExternalSecretObjectProps) {
    super(scope, id, { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: props.metadata, spec: props.spec });
  }
}
