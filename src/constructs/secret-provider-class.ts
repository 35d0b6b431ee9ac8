import { ApiObject, ApiObjectMetadata } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * `spec` of a Secrets Store CSI Driver SecretProviderClass (secrets-store.csi.x-k8s.io/v1),
 * limited to the fields this package writes.
 * @see https://secrets-store-csi-driver.sigs.k8s.io/concepts#secretproviderclass
 */
export interface SecretProviderClassSpec {
  /** Provider plugin: `aws`, `azure`, `gcp`, `vault`, … */
  readonly provider: string;
  /** Provider-specific parameters (all string values, e.g. `objects` for aws/azure). */
  readonly parameters: Readonly<Record<string, string>>;
  /** Sync of mounted objects into a Kubernetes Secret (needs the driver's syncSecret feature). @default - no sync */
  readonly secretObjects?: ReadonlyArray<{
    readonly secretName: string;
    readonly type: string;
    readonly data: ReadonlyArray<{ readonly objectName: string; readonly key: string }>;
  }>;
}

/** Props of a SecretProviderClass ApiObject. */
export interface SecretProviderClassObjectProps {
  /** Object metadata. */
  readonly metadata: ApiObjectMetadata;
  /** The spec. */
  readonly spec: SecretProviderClassSpec;
}

/** A typed SecretProviderClass ApiObject (secrets-store.csi.x-k8s.io/v1). */
export class SecretProviderClassObject extends ApiObject {
  constructor(scope: Construct, id: string, props: SecretProviderClassObjectProps) {
    super(scope, id, { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: props.metadata, spec: props.spec });
  }
}
