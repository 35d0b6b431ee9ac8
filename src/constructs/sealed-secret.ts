import { ApiObject, ApiObjectMetadata } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * `spec` of a Bitnami SealedSecret (bitnami.com/v1alpha1), limited to the fields this package
 * writes.
 * @see https://github.com/bitnami-labs/sealed-secrets#sealedsecrets-as-templates-for-secrets
 */
export interface SealedSecretSpec {
  /** Key → kubeseal ciphertext (base64). Only the controller in the cluster can decrypt it. */
  readonly encryptedData: Readonly<Record<string, string>>;
  /** Template of the Secret the controller creates. @default - a Secret named like the SealedSecret, type Opaque */
  readonly template?: {
    /** Metadata of the Secret. @default - the SealedSecret's name and namespace */
    readonly metadata?: { readonly name?: string; readonly namespace?: string; readonly labels?: Readonly<Record<string, string>>; readonly annotations?: Readonly<Record<string, string>> };
    /** Secret type. @default 'Opaque' */
    readonly type?: string;
  };
}

/** Props of a SealedSecret ApiObject. */
export interface SealedSecretObjectProps {
  /** Object metadata (the name must match the name the value was sealed for, unless the scope is wider). */
  readonly metadata: ApiObjectMetadata;
  /** The spec. */
  readonly spec: SealedSecretSpec;
}

/** A typed SealedSecret ApiObject (bitnami.com/v1alpha1). */
export class SealedSecretObject extends ApiObject {
  constructor(scope: Construct, id: string, props: SealedSecretObjectProps) {
    super(scope, id, { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: props.metadata, spec: props.spec });
  }
}

/** Minimum RSA ciphertext length (bytes) of a kubeseal session key: a 2048-bit key. */
const MIN_RSA_BYTES = 256;
/** AES-GCM tag length appended to the sealed payload. */
const GCM_TAG_BYTES = 16;

/**
 * True when `value` has the shape of kubeseal output: standard base64 of
 * `uint16 big-endian RSA-ciphertext length | RSA-OAEP(session key) | AES-GCM(plaintext)`.
 * Plaintext (and base64 of plaintext) fails this check, so it can be refused before it leaks.
 */
export function looksLikeKubesealCiphertext(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 64) return false;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length < 2) return false;
  const rsaLength = bytes.readUInt16BE(0);
  return rsaLength >= MIN_RSA_BYTES && rsaLength % 128 === 0 && bytes.length >= 2 + rsaLength + GCM_TAG_BYTES;
}
