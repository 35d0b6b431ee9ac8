import { Chart, Names } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { InsecurePropError } from './errors';
import { ExternalSecretObject } from './external-secret';
import { ISecretReference, LeastPrivilegeServiceAccount } from './least-privilege-service-account';
import { looksLikeKubesealCiphertext, SealedSecretObject } from './sealed-secret';
import { SecretProviderClassObject } from './secret-provider-class';

/** Values sealed with `kubeseal` for the Bitnami Sealed Secrets controller. */
export interface SealedSecretSource {
  /**
   * Key → ciphertext exactly as kubeseal printed it (`spec.encryptedData`). Every value is checked
   * to look like kubeseal output; plaintext is refused (the error names the key, never the value).
   * @see https://github.com/bitnami-labs/sealed-secrets#usage
   */
  readonly encryptedData: Readonly<Record<string, string>>;
  /**
   * Sealing scope the values were created with (`kubeseal --scope`). `strict` binds them to this
   * Secret's name and namespace.
   * @default 'strict'
   */
  readonly scope?: 'strict' | 'namespace-wide' | 'cluster-wide';
  /** Type of the resulting Secret. @default 'Opaque' */
  readonly type?: string;
}

/** One Secret key fetched by the External Secrets Operator. */
export interface ExternalSecretKey {
  /** Key in the resulting Kubernetes Secret. */
  readonly secretKey: string;
  /** Key (path/name) of the secret in the provider. */
  readonly remoteKey: string;
  /** Property inside a structured (JSON) remote secret. @default - the whole value */
  readonly property?: string;
  /** Provider version of the remote secret. @default - the latest version */
  readonly version?: string;
}

/** Values fetched from an external store by the External Secrets Operator. */
export interface ExternalSecretSource {
  /** Name of the SecretStore (namespaced) or ClusterSecretStore. */
  readonly storeName: string;
  /** Kind of the store. @default 'SecretStore' */
  readonly storeKind?: 'SecretStore' | 'ClusterSecretStore';
  /** Keys to fetch. */
  readonly data: readonly ExternalSecretKey[];
  /** How often the operator re-reads the store (Go duration). @default '1h' */
  readonly refreshInterval?: string;
}

/** One object synced from the CSI mount into a Kubernetes Secret. */
export interface CsiSyncedKey {
  /** Name of the mounted object (file) as the provider names it. */
  readonly objectName: string;
  /** Key in the synced Secret. */
  readonly key: string;
}

/** Values mounted by the Secrets Store CSI Driver. */
export interface CsiSecretSource {
  /** Provider plugin: `aws`, `azure`, `gcp`, `vault`, … */
  readonly provider: string;
  /** Provider parameters (e.g. `objects`, `roleName`, `keyvaultName`), as the provider documents them. */
  readonly parameters: Readonly<Record<string, string>>;
  /**
   * Also sync these mounted objects into a Kubernetes Secret named like this construct, so they can
   * be used as env values. The Secret only exists while a pod mounts the volume.
   * @default - mount only, no Secret
   */
  readonly syncToSecret?: readonly CsiSyncedKey[];
}

/** Props of an EncryptedSecret: exactly one of `sealed`, `external`, `csi`. */
export interface EncryptedSecretProps {
  /** Name of the Secret (and of the SealedSecret/ExternalSecret/SecretProviderClass). @default - derived from the construct id */
  readonly name?: string;
  /** Labels of the created objects (and of the resulting Secret). @default - `app.kubernetes.io/name` set to the name */
  readonly labels?: Readonly<Record<string, string>>;
  /** Source: values sealed with kubeseal. @default - not this source */
  readonly sealed?: SealedSecretSource;
  /** Source: an external store through the External Secrets Operator. @default - not this source */
  readonly external?: ExternalSecretSource;
  /** Source: a CSI mount through the Secrets Store CSI Driver. @default - not this source */
  readonly csi?: CsiSecretSource;
}

const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
export const CSI_DRIVER = 'secrets-store.csi.k8s.io';

/**
 * A Secret whose values never appear in the synthesized output: it is produced in the cluster by
 * the Sealed Secrets controller, the External Secrets Operator or the Secrets Store CSI Driver.
 * Use it through `envValue(key)`, `volume()` and `grantRead(serviceAccount)`.
 */
export class EncryptedSecret extends Construct implements ISecretReference {
  /** Name of the SealedSecret / ExternalSecret / SecretProviderClass. */
  public readonly name: string;
  /** Keys the Secret (or mount) will hold. */
  public readonly keys: readonly string[];
  /** Which source produces the values. */
  public readonly source: 'sealed' | 'external' | 'csi';
  private readonly syncsSecret: boolean;
  private secretRef?: kplus.ISecret;
  private cachedVolume?: kplus.Volume;

  constructor(scope: Construct, id: string, props: EncryptedSecretProps) {
    super(scope, id);
    const sources = (['sealed', 'external', 'csi'] as const).filter((s) => props[s] !== undefined);
    if (sources.length !== 1) {
      this.refuse('sealed | external | csi', sources.length ? `sets ${sources.join(' and ')}` : 'sets no source', 'give exactly one source');
    }
    this.source = sources[0];
    this.name = props.name ?? Names.toDnsLabel(this, { includeHash: false }).slice(-63).replace(/^-+/, '');
    const labels = { 'app.kubernetes.io/name': this.name, ...(props.labels ?? {}) };
    if (props.sealed) {
      this.keys = this.sealed(props.sealed, labels);
      this.syncsSecret = true;
    } else if (props.external) {
      this.keys = this.external(props.external, labels);
      this.syncsSecret = true;
    } else {
      this.keys = this.csi(props.csi!, labels);
      this.syncsSecret = (props.csi!.syncToSecret ?? []).length > 0;
    }
  }

  /** Name of the Kubernetes Secret. Throws for a CSI source without `syncToSecret`, which creates none. */
  public get secretName(): string {
    if (!this.syncsSecret) {
      this.refuse('csi.syncToSecret', 'is not set, so no Kubernetes Secret exists', 'mount the values with volume(), or list the objects to sync in csi.syncToSecret');
    }
    return this.name;
  }

  /** An env value read from `key` of the Secret (secretKeyRef). Prefer `volume()` where the app can read files. */
  public envValue(key: string): kplus.EnvValue {
    if (!this.keys.includes(key)) this.refuse(`envValue("${key}")`, 'names a key the Secret does not have', `use one of: ${this.keys.join(', ')}`);
    return kplus.EnvValue.fromSecretValue({ secret: this.secretReference(), key });
  }

  /**
   * A read-only volume with one file per key: a Secret volume, or for a CSI source the CSI volume
   * that fetches the values. Mount it with `volumeMounts: [{ path: '/run/secrets/db', volume }]`.
   */
  public volume(): kplus.Volume {
    if (!this.cachedVolume) {
      this.cachedVolume =
        this.source === 'csi'
          ? kplus.Volume.fromCsi(this, 'Volume', CSI_DRIVER, { name: `${this.name}-secret`.slice(0, 63), readOnly: true, attributes: { secretProviderClass: this.name } })
          : kplus.Volume.fromSecret(this, 'Volume', this.secretReference(), { name: `${this.name}-secret`.slice(0, 63) });
    }
    return this.cachedVolume;
  }

  /** Lets `serviceAccount` `get` this one Secret (a Role limited to its name), nothing else. */
  public grantRead(serviceAccount: LeastPrivilegeServiceAccount): void {
    serviceAccount.grantRead(this);
  }

  private secretReference(): kplus.ISecret {
    this.secretRef ??= kplus.Secret.fromSecretName(this, 'SecretRef', this.secretName);
    return this.secretRef;
  }

  private sealed(source: SealedSecretSource, labels: Record<string, string>): string[] {
    const entries = Object.entries(source.encryptedData ?? {});
    if (!entries.length) this.refuse('sealed.encryptedData', 'is empty', 'paste spec.encryptedData from the kubeseal output');
    for (const [key, value] of entries) {
      this.checkKey(`sealed.encryptedData`, key);
      if (!looksLikeKubesealCiphertext(value)) {
        // Never echo the value: it may be the plaintext secret.
        this.refuse(
          `sealed.encryptedData.${key}`,
          'does not look like kubeseal ciphertext and may be plaintext (value not shown)',
          `seal it: kubectl create secret generic ${this.name} --from-literal=${key}=… --dry-run=client -o yaml | kubeseal -o yaml, then copy spec.encryptedData`,
        );
      }
    }
    const scope = source.scope ?? 'strict';
    if (!['strict', 'namespace-wide', 'cluster-wide'].includes(scope)) this.refuse('sealed.scope', `is "${String(scope)}"`, 'use "strict", "namespace-wide" or "cluster-wide"');
    const annotations = scope === 'strict' ? undefined : { [`sealedsecrets.bitnami.com/${scope}`]: 'true' };
    const namespace = Chart.of(this).namespace;
    new SealedSecretObject(this, 'Resource', {
      metadata: { name: this.name, labels, ...(annotations ? { annotations } : {}) },
      spec: {
        encryptedData: Object.fromEntries(entries),
        template: { metadata: { name: this.name, ...(namespace ? { namespace } : {}), labels, ...(annotations ? { annotations } : {}) }, type: source.type ?? 'Opaque' },
      },
    });
    return entries.map(([k]) => k);
  }

  private external(source: ExternalSecretSource, labels: Record<string, string>): string[] {
    if (!source.storeName) this.refuse('external.storeName', 'is missing', 'name the SecretStore or ClusterSecretStore to read from');
    if (!source.data?.length) this.refuse('external.data', 'is empty', 'list the keys to fetch: [{ secretKey, remoteKey }]');
    const refreshInterval = source.refreshInterval ?? '1h';
    if (!GO_DURATION.test(refreshInterval)) this.refuse('external.refreshInterval', `("${refreshInterval}") is not a Go duration`, 'use a value such as "1h" or "15m"');
    source.data.forEach((d, i) => {
      this.checkKey(`external.data[${i}].secretKey`, d.secretKey);
      if (!d.remoteKey) this.refuse(`external.data[${i}].remoteKey`, 'is missing', 'give the key of the secret in the provider');
    });
    new ExternalSecretObject(this, 'Resource', {
      metadata: { name: this.name, labels },
      spec: {
        refreshInterval,
        secretStoreRef: { name: source.storeName, kind: source.storeKind ?? 'SecretStore' },
        target: { name: this.name, creationPolicy: 'Owner' },
        data: source.data.map((d) => ({
          secretKey: d.secretKey,
          remoteRef: { key: d.remoteKey, ...(d.property !== undefined ? { property: d.property } : {}), ...(d.version !== undefined ? { version: d.version } : {}) },
        })),
      },
    });
    return source.data.map((d) => d.secretKey);
  }

  private csi(source: CsiSecretSource, labels: Record<string, string>): string[] {
    if (!source.provider) this.refuse('csi.provider', 'is missing', 'name the provider plugin, e.g. "aws", "azure", "gcp" or "vault"');
    for (const [k, v] of Object.entries(source.parameters ?? {})) {
      if (typeof v !== 'string') this.refuse(`csi.parameters.${k}`, 'is not a string', 'give every parameter as a string (YAML blocks as multi-line strings)');
    }
    const synced = source.syncToSecret ?? [];
    synced.forEach((s, i) => this.checkKey(`csi.syncToSecret[${i}].key`, s.key));
    new SecretProviderClassObject(this, 'Resource', {
      metadata: { name: this.name, labels },
      spec: {
        provider: source.provider,
        parameters: { ...(source.parameters ?? {}) },
        ...(synced.length ? { secretObjects: [{ secretName: this.name, type: 'Opaque', data: synced.map((s) => ({ objectName: s.objectName, key: s.key })) }] } : {}),
      },
    });
    return synced.map((s) => s.key);
  }

  private checkKey(prop: string, key: unknown): void {
    if (typeof key !== 'string' || !SECRET_KEY.test(key)) this.refuse(prop, `has an invalid Secret key ${JSON.stringify(typeof key === 'string' ? key.slice(0, 40) : key)}`, 'use letters, digits, ".", "-" and "_"');
  }

  private refuse(prop: string, problem: string, fix: string): never {
    throw new InsecurePropError(this.node.path, prop, problem, fix);
  }
}
