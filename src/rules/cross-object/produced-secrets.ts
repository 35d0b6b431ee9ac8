import { AnalyzedObject } from '../../engine/analyze';
import { asArray, asObject, asString } from '../../engine/values';

/** A Secret that a controller creates from a custom resource the app defines. */
export interface ProducedSecret {
  readonly name: string;
  /** The keys it will hold, or undefined when they are only known at run time. */
  readonly keys?: ReadonlySet<string>;
}

/**
 * The Secrets that SealedSecret, ExternalSecret and SecretProviderClass objects make their
 * controllers create, so references to them are not reported as missing.
 */
export function producedSecrets(object: AnalyzedObject): ProducedSecret[] {
  const spec = asObject(object.manifest.spec);
  const name = object.ref.name;
  switch (object.kind) {
    case 'SealedSecret': {
      const templateName = asString(asObject(asObject(spec.template).metadata).name) ?? name;
      return templateName ? [{ name: templateName, keys: new Set(Object.keys(asObject(spec.encryptedData))) }] : [];
    }
    case 'ExternalSecret': {
      const targetName = asString(asObject(spec.target).name) ?? name;
      if (!targetName) return [];
      // dataFrom extracts whole remote objects: their keys are only known at run time.
      // Stryker disable next-line MethodExpression: the filter only drops missing and empty keys; references are looked up by key name, and an empty key name is rejected by the API in a Secret and in a reference alike
      const keys = asArray(spec.dataFrom).length ? undefined : new Set(asArray(spec.data).map((d) => asString(asObject(d).secretKey)).filter((k): k is string => !!k));
      return [{ name: targetName, ...(keys ? { keys } : {}) }];
    }
    case 'SecretProviderClass':
      return asArray(spec.secretObjects).flatMap((raw) => {
        const o = asObject(raw);
        const secretName = asString(o.secretName);
        if (!secretName) return [];
        // Stryker disable next-line MethodExpression: the filter only drops missing and empty keys; references are looked up by key name, and an empty key name is rejected by the API in a Secret and in a reference alike
        return [{ name: secretName, keys: new Set(asArray(o.data).map((d) => asString(asObject(d).key)).filter((k): k is string => !!k)) }];
      });
    default:
      return [];
  }
}
