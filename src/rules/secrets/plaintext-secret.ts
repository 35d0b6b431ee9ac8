import { defineRule, Violation } from '../../engine/rule';
import { asObject, asString, isOn } from '../../engine/values';
import { stringList } from '../rbac/policy-rules';

/**
 * CIS 5.4.2 / NSA "Secrets": a Secret in the synthesized output puts its value in the repository,
 * the CI logs and every copy of the manifests. Only key names are reported, never values.
 */
export const plaintextSecret = defineRule(
  {
    id: 'plaintext-secret',
    title: 'Secret values in the manifests',
    severity: 'error',
    category: 'secrets',
    description:
      'A `kind: Secret` with `data` or `stringData` stores the secret value in the synthesized YAML (base64 is an encoding, not encryption), so it ends up in version control, CI artifacts and logs. Empty Secrets that a controller fills (for example service account token Secrets) are allowed by default. Findings name the keys, never the values.',
    remediation:
      'Keep the value in an external secret store and create the Secret in the cluster with External Secrets Operator, Sealed Secrets, the Secrets Store CSI driver or your deployment pipeline; reference it by name from the app. If a Secret must be in the output, suppress this finding with the reason.',
    standards: { cis: [{ id: '5.4.2', benchmark: '1.10' }], nsa: ['Secrets'] },
    defaultOptions: { allowEmpty: true, allowedTypes: [], allowedNames: [] },
  },
  (object, context) => {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return [];
    const type = asString(object.manifest.type) ?? 'Opaque';
    if (stringList(context.options.allowedTypes).includes(type)) return [];
    if (object.ref.name !== undefined && stringList(context.options.allowedNames).includes(object.ref.name)) return [];
    const out: Violation[] = [];
    const name = object.ref.name !== undefined ? `Secret "${object.ref.name}"` : 'Secret';
    for (const field of ['data', 'stringData'] as const) {
      const keys = Object.keys(asObject(object.manifest[field]));
      if (!keys.length) continue;
      const shown = keys.slice(0, 10).join(', ') + (keys.length > 10 ? `, … (${keys.length} keys)` : '');
      out.push({ path: object.pointer(field), message: `${name} (type ${type}) carries values for ${shown} in ${field}` });
    }
    if (!out.length && !isOn(context.options.allowEmpty)) {
      out.push({ path: object.basePath, message: `${name} (type ${type}) is defined in the manifests; empty Secrets are not allowed by this profile` });
    }
    return out;
  },
  { kinds: ['Secret'] },
);
